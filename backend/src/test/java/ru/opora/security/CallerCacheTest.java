package ru.opora.security;

import static org.hamcrest.Matchers.equalTo;
import static ru.opora.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/**
 * The caller's organisation is kept briefly between requests (OrganisationCache): a rename is still seen by the next
 * request, and what the caller may see is still decided by each request's own token.
 */
@QuarkusTest
class CallerCacheTest {

    private static String bearer(String username, String role, String orgType, String orgCode) {
        return "Bearer " + Actor.token(Actor.token(username, List.of(role), orgType, orgCode));
    }

    @Test
    void aRenamedMunicipalityIsSeenByTheNextRequest() {
        as(Actor.MO_KAMENKA).get("/api/v1/me").then().statusCode(200).body("organisation.name", equalTo("Каменский район"));
        long id = Api.municipalityId("56629000");
        Map<String, Object> municipality = as(Actor.MINISTRY_PENZA).get("/api/v1/municipalities/{id}", id).then()
                .statusCode(200).extract().jsonPath().getMap("");
        rename(id, municipality, "Каменский муниципальный район");
        try {
            as(Actor.MO_KAMENKA).get("/api/v1/me").then().statusCode(200)
                    .body("organisation.name", equalTo("Каменский муниципальный район"));
        } finally {
            Map<String, Object> renamed = as(Actor.MINISTRY_PENZA).get("/api/v1/municipalities/{id}", id).then()
                    .statusCode(200).extract().jsonPath().getMap("");
            rename(id, renamed, "Каменский район");
        }
        as(Actor.MO_KAMENKA).get("/api/v1/me").then().statusCode(200).body("organisation.name", equalTo("Каменский район"));
    }

    private static void rename(long id, Map<String, Object> municipality, String name) {
        as(Actor.MINISTRY_PENZA).body(Map.of("oktmo", municipality.get("oktmo"), "name", name,
                        "kind", municipality.get("kind"), "version", municipality.get("version")))
                .put("/api/v1/municipalities/{id}", id).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void aRenamedSchoolIsSeenByTheNextRequest() {
        long id = Api.schoolId("5802002110");
        String before = (String) Api.school(id).get("shortName");
        as(Actor.SCHOOL_KAMENKA1).get("/api/v1/me").then().statusCode(200).body("organisation.name", equalTo(before));
        Map<String, Object> update = Api.schoolUpdate(id);
        update.put("shortName", before + " (переименована)");
        as(Actor.MINISTRY_PENZA).body(update).put("/api/v1/schools/{id}", id).then().statusCode(200);
        try {
            as(Actor.SCHOOL_KAMENKA1).get("/api/v1/me").then().statusCode(200)
                    .body("organisation.name", equalTo(before + " (переименована)"));
        } finally {
            Map<String, Object> back = Api.schoolUpdate(id);
            back.put("shortName", before);
            as(Actor.MINISTRY_PENZA).body(back).put("/api/v1/schools/{id}", id).then().statusCode(200);
        }
        as(Actor.SCHOOL_KAMENKA1).get("/api/v1/me").then().statusCode(200).body("organisation.name", equalTo(before));
    }

    @Test
    void theScopeStillComesFromEachToken() {
        // Both organisations are resolved (and kept) first.
        as(Actor.MO_NIKOLSK).get("/api/v1/me").then().statusCode(200).body("organisation.code", equalTo("56651000"));
        as(Actor.MINISTRY_PENZA).get("/api/v1/me").then().statusCode(200).body("organisation.code", equalTo("58"));
        // The same user name with another municipality's code gets that municipality, not the one kept for the name.
        RestAssured.given().header("Authorization", bearer("mo.nikolsk", "municipality", "MUNICIPALITY", "56629000"))
                .get("/api/v1/me").then().statusCode(200).body("organisation.code", equalTo("56629000"))
                .body("organisation.name", equalTo("Каменский район"));
        // A kept region does not make a municipal role a ministry: the token's role must match its organisation.
        RestAssured.given().header("Authorization", bearer("mo.nikolsk", "municipality", "REGION", "58"))
                .get("/api/v1/me").then().statusCode(403);
        // A school of Nikolsk sees only itself although the municipality was resolved a moment ago.
        long nikolsk1 = Api.schoolId("5818003401");
        as(Actor.SCHOOL_NIKOLSK1).get("/api/v1/schools").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) nikolsk1));
        // An unknown code is refused, and stays refused on the next request.
        for (int i = 0; i < 2; i++) {
            RestAssured.given().header("Authorization", bearer("mo.ghost", "municipality", "MUNICIPALITY", "99999999"))
                    .get("/api/v1/me").then().statusCode(403);
        }
    }
}
