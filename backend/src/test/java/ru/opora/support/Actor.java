package ru.opora.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A demo user as the backend sees it: a signed access token with realm roles and organisation claims.
 * The organisations are those of the demo data (demo/demo-data.json).
 */
public enum Actor {
    MINISTRY_PENZA("ministry.penza", "ministry", "REGION", "58"),
    MINISTRY_SARATOV("ministry.saratov", "ministry", "REGION", "64"),
    MO_NIKOLSK("mo.nikolsk", "municipality", "MUNICIPALITY", "56651000"),
    MO_KAMENKA("mo.kamenka", "municipality", "MUNICIPALITY", "56629000"),
    MO_BALASHOV("mo.balashov", "municipality", "MUNICIPALITY", "63607000"),
    SCHOOL_NIKOLSK1("school.nikolsk1", "school", "SCHOOL", "5818003401"),
    SCHOOL_KAMENKA1("school.kamenka1", "school", "SCHOOL", "5802002110"),
    /** Service accounts of other systems (Keycloak clients, client credentials), each with one scope. */
    SERVICE_PENZA_REGISTRY("service-account-penza-registry", "ministry", "REGION", "58", "registry:read"),
    SERVICE_PENZA_VALUES_READ("service-account-penza-values-read", "ministry", "REGION", "58", "values:read"),
    SERVICE_PENZA_VALUES_WRITE("service-account-penza-values-write", "ministry", "REGION", "58", "values:write"),
    SERVICE_PENZA_ROADMAPS("service-account-penza-roadmaps", "ministry", "REGION", "58", "roadmaps:read"),
    /** A service account bound to Никольский район with every scope. */
    SERVICE_NIKOLSK("service-account-nikolsk", "municipality", "MUNICIPALITY", "56651000",
            "registry:read values:read values:write roadmaps:read"),
    /** A curator of the region of Penza; МБОУ СОШ № 1 г. Никольска is assigned to them this year (see Curators). */
    CURATOR_PENZA("curator.penza1", "curator", "REGION", "58"),
    /** Another curator of the region, whose assigned school is МБОУ СОШ № 1 г. Каменки. */
    CURATOR_PENZA2("curator.penza2", "curator", "REGION", "58"),
    ANONYMOUS(null, null, null, null);

    /** The realm role of service accounts (ru.opora.security.ServiceAccounts.ROLE). */
    public static final String SERVICE_ROLE = "integration";

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "opora-api";

    public final String username;
    public final String role;
    public final String orgType;
    public final String orgCode;
    /** A service account's scopes (the opora_scopes claim); null for a user. */
    public final String scopes;

    Actor(String username, String role, String orgType, String orgCode) {
        this(username, role, orgType, orgCode, null);
    }

    Actor(String username, String role, String orgType, String orgCode, String scopes) {
        this.username = username;
        this.role = role;
        this.orgType = orgType;
        this.orgCode = orgCode;
        this.scopes = scopes;
    }

    public boolean isService() {
        return scopes != null;
    }

    /** The Authorization header value, or null for the anonymous actor. */
    public String bearer() {
        return this == ANONYMOUS ? null : "Bearer " + token(claims());
    }

    public JwtClaimsBuilder claims() {
        if (scopes != null) {
            return token(username, List.of(role, SERVICE_ROLE), orgType, orgCode).claim("opora_scopes", scopes);
        }
        return token(username, List.of(role), orgType, orgCode);
    }

    public static JwtClaimsBuilder token(String username, List<String> roles, String orgType, String orgCode) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(username)
                .preferredUserName(username)
                .claim("name", "Тестовый пользователь " + username)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(Duration.ofMinutes(5));
        if (orgType != null) {
            claims.claim("org_type", orgType);
        }
        if (orgCode != null) {
            claims.claim("org_code", orgCode);
        }
        return claims;
    }

    public static String token(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign();
    }
}
