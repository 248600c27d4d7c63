package ru.opora.security;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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

    /**
     * Whether an object the path names is absent or outside the caller's scope, for a refusal about to be answered: 404
     * comes before 403 (README «Доступ»). Asking takes the database, so it runs off the I/O thread, and only when a
     * probe knows a parameter of the path.
     */
    public Uni<Boolean> outsideScopeOf(MultivaluedMap<String, String> path) {
        if (probes.stream().noneMatch(p -> path.containsKey(p.parameter()))) {
            return Uni.createFrom().item(false);
        }
        return Uni.createFrom().item(() -> outsideScope(path)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private boolean outsideScope(MultivaluedMap<String, String> path) {
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
