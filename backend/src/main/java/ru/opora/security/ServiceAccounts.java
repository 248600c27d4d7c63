package ru.opora.security;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Service accounts of other systems: Keycloak confidential clients (client-credentials grant) whose service-account
 * user holds the realm role {@value #ROLE} besides its organisation's role (ministry or municipality). They are mapped
 * like users (role and organisation from the token's claims) and may in addition only call what the OAuth scopes of
 * their token grant ({@link ServiceScope}).
 */
public final class ServiceAccounts {

    /** The realm role that marks a service account. */
    public static final String ROLE = "integration";

    private ServiceAccounts() {
    }

    public static boolean isServiceAccount(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.hasRole(ROLE);
    }

    /** The scopes of the caller if it is a service account; empty for a user. */
    public static java.util.Optional<java.util.Set<ServiceScope>> scopes(SecurityIdentity identity) {
        if (!isServiceAccount(identity)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken token
                ? ServiceScope.granted(token) : java.util.Set.of());
    }
}
