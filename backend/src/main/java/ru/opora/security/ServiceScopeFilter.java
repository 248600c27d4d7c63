package ru.opora.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import ru.opora.common.error.ApiException;

/**
 * Refuses a service account an operation its token's scopes do not allow (403), before the operation runs. Users'
 * requests pass untouched; a missing or invalid token is left to the authentication that follows (401).
 */
public class ServiceScopeFilter {

    private final CurrentIdentityAssociation identities;

    ServiceScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    Uni<Response> requireScope(ResourceInfo resource) {
        return identities.getDeferredIdentity().onFailure().recoverWithNull().map(identity -> {
            if (identity == null || !ServiceAccounts.isServiceAccount(identity)) {
                return null;
            }
            Operation operation = resource.getResourceMethod() == null ? null
                    : resource.getResourceMethod().getAnnotation(Operation.class);
            if (operation == null || !ServiceScope.allows(operation.operationId(), granted(identity))) {
                throw ApiException.forbidden("Сервисной учётной записи это действие не разрешено: нет нужной области доступа"
                        + " (registry:read, values:read, values:write, roadmaps:read).");
            }
            return null;
        });
    }

    private static java.util.Set<ServiceScope> granted(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? ServiceScope.granted(token) : java.util.Set.of();
    }
}
