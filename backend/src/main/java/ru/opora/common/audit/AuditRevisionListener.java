package ru.opora.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller's username from the token, or «system» outside a request. */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).changedBy = currentUser();
    }

    private static String currentUser() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return AuditActor.current().orElse(SYSTEM);
        }
        try (InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class)) {
            if (identity.isAvailable() && !identity.get().isAnonymous()) {
                if (identity.get().getPrincipal() instanceof JsonWebToken token
                        && token.getClaim("preferred_username") != null) {
                    return token.getClaim("preferred_username");
                }
                return identity.get().getPrincipal().getName();
            }
        }
        return AuditActor.current().orElse(SYSTEM);
    }
}
