package ru.opora.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import ru.opora.common.error.ApiException;

/**
 * Refuses a service account an operation its token's scopes do not allow (403), before the operation runs. Users'
 * requests pass untouched; a missing or invalid token is left to the authentication that follows (401). As for a role
 * refused (README «Доступ»: 401 → 404 → 403), an object the path names outside the account's organisation is «not
 * found» first: the scope probes are asked before the 403 stands.
 */
public class ServiceScopeFilter {

    private final CurrentIdentityAssociation identities;
    private final ScopeProbes scopes;

    ServiceScopeFilter(CurrentIdentityAssociation identities, ScopeProbes scopes) {
        this.identities = identities;
        this.scopes = scopes;
    }

    @ServerRequestFilter
    Uni<Response> requireScope(ResourceInfo resource, UriInfo uri) {
        return identities.getDeferredIdentity().onFailure().recoverWithNull().flatMap(identity -> {
            if (identity == null || !ServiceAccounts.isServiceAccount(identity)) {
                return Uni.createFrom().nullItem();
            }
            Operation operation = resource.getResourceMethod() == null ? null
                    : resource.getResourceMethod().getAnnotation(Operation.class);
            if (operation != null && ServiceScope.allows(operation.operationId(), granted(identity))) {
                return Uni.createFrom().nullItem();
            }
            return scopes.outsideScopeOf(uri.getPathParameters()).<Response>map(outside -> {
                throw outside ? ApiException.notFound("Объект не найден.") : refused();
            });
        });
    }

    private static ApiException refused() {
        return ApiException.forbidden("Сервисной учётной записи это действие не разрешено: нет нужной области доступа"
                + " (registry:read, values:read, values:write, roadmaps:read).");
    }

    private static java.util.Set<ServiceScope> granted(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? ServiceScope.granted(token) : java.util.Set.of();
    }
}
