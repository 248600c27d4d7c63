package ru.opora.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the HTTP request being served: the caller's {@code X-Request-Id} when it is a plain token of up to 100
 * characters, otherwise a new UUID. It is answered in the response header of the same name and written on every
 * audit revision and ledger entry the request makes, so that a caller can find in the ledger what its request did.
 */
@RequestScoped
public class RequestTrace {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private String id;

    /** Takes the caller's id if it is acceptable, else makes one; returns the id. */
    public String begin(String given) {
        id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        return id;
    }

    public String id() {
        return id;
    }

    /** USER or SERVICE for the verified caller of the request on this thread; SYSTEM outside a request. */
    public static String currentActorKind() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return "SYSTEM";
        }
        try (InstanceHandle<io.quarkus.security.identity.SecurityIdentity> identity =
                     Arc.container().instance(io.quarkus.security.identity.SecurityIdentity.class)) {
            if (!identity.isAvailable() || identity.get().isAnonymous()) {
                return "SYSTEM";
            }
            return ru.opora.security.ServiceAccounts.isServiceAccount(identity.get()) ? "SERVICE" : "USER";
        }
    }

    /** The id of the request on this thread; null outside a request. */
    public static String currentId() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<RequestTrace> trace = Arc.container().instance(RequestTrace.class)) {
            return trace.isAvailable() ? trace.get().id() : null;
        }
    }
}
