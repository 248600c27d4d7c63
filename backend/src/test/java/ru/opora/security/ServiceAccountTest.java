package ru.opora.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/**
 * Service accounts are mapped like users (role and organisation from the token) and limited by their scopes; their
 * changes are in the ledger as a service account's, and their feed holds only the parts their scopes grant.
 */
@QuarkusTest
class ServiceAccountTest {

    @Test
    void aServiceAccountsImportIsInTheLedgerAsItsOwn() {
        String request = "service-" + UUID.randomUUID();
        Api.as(Actor.SERVICE_PENZA_VALUES_WRITE).header("X-Request-Id", request).contentType("text/csv")
                .body("school_code;indicator_code;period;value\n5818003401;STAFFING_RATE;2058;91\n")
                .post("/api/v1/indicator-values/imports").then().statusCode(200).body("status", equalTo("DONE"));
        JsonPath entries = Api.as(Actor.MINISTRY_PENZA).queryParam("requestId", request).get("/api/v1/audit").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(entries.getList("items").size() >= 2, entries.prettify());
        assertEquals(List.of("SERVICE"), entries.getList("items.actorKind").stream().distinct().toList());
        assertEquals(List.of("service-account-penza-values-write"), entries.getList("items.actor").stream().distinct().toList());
        assertTrue(entries.getList("items.eventType").containsAll(List.of("ru.opora.indicator-value.accepted",
                "ru.opora.indicator-import.completed")), entries.prettify());
    }

    @Test
    void theFeedOfAServiceAccountHoldsOnlyItsScopesParts() {
        long school = Api.schoolId("5818003401");
        Map<String, Object> body = Api.schoolUpdate(school);
        body.put("teachersCount", ((Number) body.get("teachersCount")).intValue() + 1);
        Api.as(Actor.MINISTRY_PENZA).body(body).put("/api/v1/schools/{id}", school).then().statusCode(200);
        Api.as(Actor.MINISTRY_PENZA).contentType("text/csv")
                .body("school_code;indicator_code;period;value\n5818003401;STAFFING_RATE;2059;92\n")
                .post("/api/v1/indicator-values/imports").then().statusCode(200);
        List<String> all = types(Actor.MINISTRY_PENZA);
        assertTrue(all.contains("ru.opora.school.updated") && all.contains("ru.opora.indicator-value.accepted"), all.toString());
        List<String> registry = types(Actor.SERVICE_PENZA_REGISTRY);
        assertTrue(registry.contains("ru.opora.school.updated"), registry.toString());
        assertTrue(registry.stream().noneMatch(t -> t.startsWith("ru.opora.indicator")), registry.toString());
        List<String> values = types(Actor.SERVICE_PENZA_VALUES_READ);
        assertTrue(values.contains("ru.opora.indicator-value.accepted"), values.toString());
        assertTrue(values.stream().noneMatch(t -> t.startsWith("ru.opora.school.")), values.toString());
    }

    /** The types of the caller's last events (the newest 1000). */
    private static List<String> types(Actor actor) {
        long after = 0;
        JsonPath page;
        List<String> types = new java.util.ArrayList<>();
        do {
            page = Api.as(actor).queryParam("after", after).queryParam("limit", 1000).get("/api/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            types.addAll(page.getList("events.type"));
            after = Long.parseLong(page.getString("next"));
        } while (page.getBoolean("more"));
        return types.subList(Math.max(0, types.size() - 50), types.size());
    }

    @Test
    void aTokenWithTheServiceRoleButNoScopeMayDoNothingButAskWhoItIs() {
        String bearer = "Bearer " + Actor.token(Actor.token("service-account-empty", List.of("ministry", Actor.SERVICE_ROLE),
                "REGION", "58"));
        io.restassured.RestAssured.given().header("Authorization", bearer).accept("application/json").get("/api/v1/schools")
                .then().statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().header("Authorization", bearer).accept("application/json").get("/api/v1/me")
                .then().statusCode(403);
    }
}
