package ru.opora.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/**
 * The demo data of school support came in through the services: the protocols of seeds 000 and 004 with their real
 * agenda and decisions, one Никольский decision overdue, curators with their schools, events as report evidence.
 */
@QuarkusTest
class DemoSupportTest {

    /** The demo protocol: loaded at start-up, so the first of the signed ones of that date (tests add their own). */
    private static JsonPath meeting(Actor actor, String text) {
        long id = Api.as(actor).queryParams(Map.of("q", text, "size", 100)).get("/api/v1/meetings").then().statusCode(200)
                .extract().jsonPath().getLong("items.findAll { it.heldOn == '2025-10-16' && it.status == 'SIGNED' }.id.min()");
        return Api.as(actor).get("/api/v1/meetings/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theNikolskProtocolOfSeed000IsSignedAndItsPublicationDecisionIsOverdue() {
        JsonPath protocol = meeting(Actor.MO_NIKOLSK, "рабочей группы координаторов");
        assertEquals("SIGNED", protocol.getString("status"));
        assertEquals("Н. П. Кутькова", protocol.getString("chair"));
        assertEquals(5, protocol.getInt("attendeesCount"));
        assertEquals(List.of("1.1", "1.2"), protocol.getList("agenda[0].decisions.number"));
        assertTrue(protocol.getBoolean("agenda[0].decisions[1].overdue"), "1.2 was due on 30.10.2025 and is not done");
        Api.as(Actor.MO_NIKOLSK).queryParams(Map.of("assigned", "true", "overdue", "true")).get("/api/v1/decisions").then()
                .statusCode(200).body("items.number", hasItem("1.2"));
    }

    @Test
    void theKamenskUralskyProtocolOfSeed004HasItsAgendaSpeakersAndTwoDecisionsDone() {
        // No demo user belongs to Каменск-Уральский; its municipality's token is signed here as Keycloak would.
        String bearer = "Bearer " + Actor.token(Actor.token("mo.kamensk", List.of("municipality"), "MUNICIPALITY", "65740000"));
        long id = io.restassured.RestAssured.given().header("Authorization", bearer).queryParams(Map.of("q", "ВСОКО"))
                .get("/api/v1/meetings").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        JsonPath protocol = io.restassured.RestAssured.given().header("Authorization", bearer)
                .get("/api/v1/meetings/{id}", id).then().statusCode(200).extract().jsonPath();
        assertEquals("2", protocol.getString("number"));
        assertEquals("2026-02-01", protocol.getString("heldOn"));
        assertEquals(11, protocol.getList("participants").size());
        assertEquals(4, protocol.getList("agenda[1].spoke").size());
        assertEquals(List.of("1", "2", "3", "4", "5"), protocol.getList("agenda[1].decisions.number"));
        assertEquals(List.of("DONE"), protocol.getList("agenda[1].decisions.findAll { it.number == '2' || it.number == '4' }.status")
                .stream().distinct().toList());
        Api.as(Actor.MINISTRY_PENZA).queryParams(Map.of("q", "ВСОКО")).get("/api/v1/meetings").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void curatorsHaveTheirSchoolsVisitsAndRecommendations() {
        Api.as(Actor.CURATOR_PENZA).get("/api/v1/curator-assignments").then().statusCode(200)
                .body("items.school.name", hasItems("МБОУ СОШ № 1 г. Никольска", "МБОУ ООШ с. Ильмино"));
        Api.as(Actor.CURATOR_PENZA).queryParam("status", "HELD").get("/api/v1/curator-visits").then().statusCode(200)
                // The demo's held visit is the first (tests add their own): it lists the recommendation it issued.
                .body("items.min { it.id }.school.name", equalTo("МБОУ СОШ № 1 г. Никольска"))
                .body("items.min { it.id }.recommendations.size()", equalTo(1));
        Api.as(Actor.SCHOOL_NIKOLSK1).get("/api/v1/partner-pairs").then().statusCode(200)
                .body("items.leader.name", hasItem("МБОУ СОШ № 2 г. Никольска"));
    }

    @Test
    void theRegionalSeminarIsEvidenceInTheRegionalReport() {
        // Found by its title: other tests add regional roadmaps of their own.
        long complex = Api.as(Actor.MINISTRY_PENZA).queryParam("level", "REGION").queryParam("size", 100)
                .get("/api/v1/roadmaps").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.title.startsWith('Комплекс мер по поддержке школ') }.id");
        JsonPath report = Api.as(Actor.MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/reports/{p}", complex, "2025-Q2").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("SEMINAR", report.getString("items.find { it.number == '2.1' }.events[0].kind"));
        Api.as(Actor.SCHOOL_NIKOLSK1).queryParam("addressed", "true").get("/api/v1/recommendations").then().statusCode(200)
                .body("items.issuerType", hasItems("MUNICIPALITY", "CURATOR"));
    }
}
