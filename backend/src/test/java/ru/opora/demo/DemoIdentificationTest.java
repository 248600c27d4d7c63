package ru.opora.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/**
 * The demo identification of Пензенская область is real data made through the services: the illustrative criteria
 * of 2026 (saying so), the list approved by its order with the expert's decisions, the draft of 2027, and the
 * risk profiles and anti-risk programme of МБОУ СОШ № 1 г. Каменки.
 */
@QuarkusTest
class DemoIdentificationTest {

    private static final String NOTE = "Иллюстративный набор";

    @Test
    void theIllustrativeSetItsApprovedListAndTheDraftOfNextYear() {
        JsonPath sets = Api.as(Actor.MINISTRY_PENZA).queryParam("year", 2026).queryParam("size", 100)
                .get("/api/v1/identification/criteria-sets").then().statusCode(200).extract().jsonPath();
        long approved = sets.getLong("items.find { it.name == 'Критерии отнесения к ШНОР на 2026 год (иллюстративные)' }.id");
        Api.as(Actor.MINISTRY_PENZA).queryParam("year", 2027).queryParam("size", 100)
                .get("/api/v1/identification/criteria-sets").then().statusCode(200)
                .body("items.find { it.name == 'Критерии отнесения к ШНОР на 2027 год (иллюстративные, черновик)' }.frozen",
                        equalTo(false));
        Api.as(Actor.MINISTRY_PENZA).get("/api/v1/identification/criteria-sets/{id}", approved).then().statusCode(200)
                .body("frozen", equalTo(true))
                .body("note", org.hamcrest.Matchers.startsWith(NOTE));

        long listId = Api.as(Actor.MINISTRY_PENZA).queryParam("year", 2026).get("/api/v1/identification/lists").then()
                .statusCode(200).body("items.document.number", hasItem("87/01-07")).extract().jsonPath()
                .getLong("items.find { it.document.number == '87/01-07' }.id");
        JsonPath list = Api.as(Actor.MINISTRY_PENZA).get("/api/v1/identification/lists/{id}", listId).then().statusCode(200)
                .body("category", equalTo("SHNOR")).extract().jsonPath();
        // The expert's decisions with their reasons: one school added, two excluded.
        assertEquals("ADDED", list.getString("entries.find { it.schoolCode == '5818003525' }.decision"));
        assertEquals(List.of("EXCLUDED", "EXCLUDED"), List.of(
                list.getString("entries.find { it.schoolCode == '5818003630' }.decision"),
                list.getString("entries.find { it.schoolCode == '5819001230' }.decision")));
        assertTrue(list.getString("entries.find { it.schoolCode == '5818003525' }.reason").startsWith("Решение региональной"));
    }

    @Test
    void theRiskProfilesOfKamenkaAndItsAntiRiskProgramme() {
        long kamenka = Api.schoolId("5802002110");
        JsonPath profile = Api.as(Actor.MO_KAMENKA).get("/api/v1/schools/{s}/risk-profiles/{y}", kamenka, 2026).then()
                .statusCode(200).body("status", equalTo("ACCEPTED")).extract().jsonPath();
        List<String> measures = profile.getList("factors.find { it.code == 'TEACHER_SHORTAGE' }.measures.title");
        assertTrue(measures.contains("Привлечение учителя физики на условиях внешнего совместительства"), measures.toString());
        // Last year's profile is there to compare with.
        assertTrue(profile.getList("factors.previousLevel").stream().anyMatch(java.util.Objects::nonNull), profile.prettify());
        Api.as(Actor.MO_KAMENKA).queryParam("year", 2026).queryParam("size", 100).get("/api/v1/risk-profiles").then().statusCode(200)
                .body("items.status", hasItem("SUBMITTED"));
    }
}
