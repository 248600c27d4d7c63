package ru.opora.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ru.opora.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;

/** Only a token signed by the realm, for this audience, with a role bound to a known organisation, gets in. */
@QuarkusTest
class TokenVerificationTest {

    private static io.restassured.response.ValidatableResponse me(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).get("/api/v1/me").then();
    }

    @Test
    void validTokenIsAccepted() {
        me(Actor.token(Actor.MO_NIKOLSK.claims())).statusCode(200).body("username", equalTo("mo.nikolsk"));
    }

    @Test
    void noTokenIs401WithBearerChallenge() {
        as(Actor.ANONYMOUS).get("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void wrongAudienceIsRefused() {
        me(Actor.token(Actor.MO_NIKOLSK.claims().audience("another-service"))).statusCode(401);
    }

    @Test
    void wrongIssuerIsRefused() {
        me(Actor.token(Actor.MO_NIKOLSK.claims().issuer("https://evil.example.com"))).statusCode(401);
    }

    @Test
    void expiredTokenIsRefused() {
        me(Actor.token(Actor.MO_NIKOLSK.claims().issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800)))).statusCode(401);
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Actor.MINISTRY_PENZA.claims().jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        me(forged).statusCode(401);
        me("not-a-jwt").statusCode(401);
    }

    @Test
    void roleWithoutMatchingOrganisationIsForbidden() {
        // A ministry role bound to a school: the claims contradict each other.
        me(Actor.token(Actor.token("odd.user", List.of("ministry"), "SCHOOL", "5818003401")))
                .statusCode(403).contentType("application/problem+json");
        // An organisation the registry does not know.
        me(Actor.token(Actor.token("ghost", List.of("municipality"), "MUNICIPALITY", "99999999")))
                .statusCode(403).body("detail", containsString("не найдена"));
        // Two roles at once are ambiguous.
        me(Actor.token(Actor.token("double", List.of("ministry", "school"), "REGION", "58"))).statusCode(403);
        // No role of ours at all.
        me(Actor.token(Actor.token("nobody", List.of("offline_access"), "REGION", "58"))).statusCode(403);
        me(Actor.token(Jwt.issuer(Actor.ISSUER).audience(Actor.AUDIENCE).preferredUserName("bare")
                .expiresIn(300))).statusCode(403);
    }
}
