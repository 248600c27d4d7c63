package ru.opora.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Declares the real PostgreSQL and the token-signing OIDC server for every {@code @QuarkusTest}
 * (not restricted to this class), so all tests share one application start.
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
public final class TestStack {
    private TestStack() {
    }
}
