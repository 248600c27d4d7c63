package ru.opora.security;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/** Asks every probe whose parameter the path names whether its object lies within the caller's scope. */
@ApplicationScoped
public class ScopeProbes {

    private final List<ScopeProbe> probes;
    private final CallerResolver callers;

    ScopeProbes(@All List<ScopeProbe> probes, CallerResolver callers) {
        this.probes = probes;
        this.callers = callers;
    }

    /** Whether the path names an object a probe can tell about; only then is {@link #outsideScope} worth asking. */
    public boolean probes(MultivaluedMap<String, String> path) {
        return probes.stream().anyMatch(p -> path.containsKey(p.parameter()));
    }

    /** Whether an object the path names is absent or outside the caller's scope (blocking: it reads the database). */
    public boolean outsideScope(MultivaluedMap<String, String> path) {
        Caller caller;
        try {
            caller = callers.current();
        } catch (RuntimeException e) {
            // A token whose organisation cannot be resolved has no scope to compare with: the refusal stands.
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> probes.stream()
                .filter(p -> path.containsKey(p.parameter()))
                .anyMatch(p -> {
                    Long id = number(path.getFirst(p.parameter()));
                    return id == null || !p.sees(caller, id);
                }));
    }

    private static Long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
