package ru.opora.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.RequestScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the HTTP request being served: the caller's {@code X-Request-Id} when it is a plain token of up to 100
 * characters, otherwise a new UUID. It is answered in the response header of the same name and written on every
 * audit revision and ledger entry the request makes, so that a caller can find in the ledger what its request did.
 * <p>
 * The caller may also say why it makes its changes in {@code X-Change-Reason} (UTF-8, percent-encoded, since header
 * values are not Unicode): the reason is written on the request's revisions and on every ledger entry that has no
 * reason of its own (a return or revocation reason of the object wins).
 */
@RequestScoped
public class RequestTrace {

    public static final String HEADER = "X-Request-Id";
    public static final String REASON_HEADER = "X-Change-Reason";
    /** The longest reason kept; the ledger's column holds this many characters. */
    public static final int REASON_LENGTH = 2000;
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private String id;
    private String reason;

    /** Takes the caller's id if it is acceptable, else makes one; returns the id. */
    public String begin(String given) {
        id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        return id;
    }

    public String id() {
        return id;
    }

    /**
     * Takes the caller's reason: percent-decoded (kept as given when it is not valid percent-encoding), trimmed, cut to
     * {@link #REASON_LENGTH} characters; none when blank. A reason never refuses a request.
     */
    public void reason(String given) {
        if (given == null || given.isBlank()) {
            reason = null;
            return;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(given.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = given;
        }
        decoded = decoded.strip();
        reason = decoded.isEmpty() ? null : decoded.length() > REASON_LENGTH ? decoded.substring(0, REASON_LENGTH) : decoded;
    }

    public String reason() {
        return reason;
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

    /** The reason the caller of the request on this thread gave for its changes; null when none or outside a request. */
    public static String currentReason() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<RequestTrace> trace = Arc.container().instance(RequestTrace.class)) {
            return trace.isAvailable() ? trace.get().reason() : null;
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
