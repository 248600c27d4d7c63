package ru.opora.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the caller from the verified token (a user or a service account) and the request id, or
 * with the actor named by {@link AuditActor} (the system) outside a request.
 */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        AuditRevision r = (AuditRevision) revision;
        r.changedBy = SYSTEM;
        r.actorKind = "SYSTEM";
        AuditActor.current().ifPresent(actor -> r.changedBy = actor);
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class)) {
            if (identity.isAvailable() && !identity.get().isAnonymous()) {
                r.changedBy = identity.get().getPrincipal() instanceof JsonWebToken token
                        && token.getClaim("preferred_username") != null
                        ? token.getClaim("preferred_username") : identity.get().getPrincipal().getName();
                r.actorKind = RequestTrace.currentActorKind();
            }
        }
        r.requestId = RequestTrace.currentId();
        r.reason = RequestTrace.currentReason();
    }
}
