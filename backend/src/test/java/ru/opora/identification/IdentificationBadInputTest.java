package ru.opora.identification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.ContractValidation;
import ru.opora.support.CriteriaSets;

/** Hostile input to the identification endpoints: precise 400/422 problems, never a 5xx, nothing stored. */
@QuarkusTest
class IdentificationBadInputTest {

    private static final String PROBLEM = "application/problem+json";

    private static long total() {
        return Api.as(Actor.MINISTRY_PENZA).queryParam("size", 1).get(CriteriaSets.SETS).then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> condition(Map<String, Object> body) {
        return (Map<String, Object>) ((List<Map<String, Object>>) ((Map<String, Object>) body.get("entry")).get("rules"))
                .get(0).get("condition");
    }

    @Test
    void injectionsWrongTypesAndOutOfRangeValuesAreRefusedWithTheirField() {
        long before = total();
        Map<String, Object> body = CriteriaSets.body(2026, "SHNOR", "Проверка");
        condition(body).put("cuts", List.of("GRADE=4;SUBJECT=MATH' or 1=1 --"));
        Api.as(Actor.MINISTRY_PENZA).body(body).post(CriteriaSets.SETS).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("entry.rules[0].condition.cuts[0]")));

        body = CriteriaSets.body(2026, "SHNOR", "Проверка");
        condition(body).put("comparison", "; drop table indicator_value");
        Api.as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).post(CriteriaSets.SETS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("entry.rules[0].condition.comparison"));

        body = CriteriaSets.body(2026, "SHNOR", "Проверка");
        condition(body).put("threshold", "много");
        Api.as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).post(CriteriaSets.SETS)
                .then().statusCode(400).body("errors[0].field", equalTo("entry.rules[0].condition.threshold"));

        body = CriteriaSets.body(2026, "SHNOR", "Проверка");
        condition(body).put("threshold", new java.math.BigDecimal("1e20"));
        condition(body).put("yearsWindow", 11);
        condition(body).put("minParticipants", -5);
        Api.as(Actor.MINISTRY_PENZA).body(body).post(CriteriaSets.SETS).then().statusCode(422)
                .body("errors.field", hasItem("entry.rules[0].condition.threshold"))
                .body("errors.field", hasItem("entry.rules[0].condition.yearsWindow"))
                .body("errors.field", hasItem("entry.rules[0].condition.minParticipants"));

        body = CriteriaSets.body(2026, "SHNOR", "Проверка\u0000");
        Api.as(Actor.MINISTRY_PENZA).body(body).post(CriteriaSets.SETS).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));

        body = CriteriaSets.body(2026, "SHNOR", "x".repeat(301));
        Api.as(Actor.MINISTRY_PENZA).body(body).post(CriteriaSets.SETS).then().statusCode(422)
                .body("errors[0].field", equalTo("name"));

        body = CriteriaSets.body(2026, "SHNOR", "Много правил");
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) body.get("entry");
        entry.put("rules", new ArrayList<>(Collections.nCopies(21, ((List<?>) entry.get("rules")).get(0))));
        Api.as(Actor.MINISTRY_PENZA).body(body).post(CriteriaSets.SETS).then().statusCode(422)
                .body("errors[0].field", equalTo("entry.rules"));

        Api.as(Actor.MINISTRY_PENZA).body("{\"year\": 2026,").post(CriteriaSets.SETS).then().statusCode(400)
                .body("type", equalTo("urn:opora:problem:malformed-json"));
        Api.as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body("[]").post(CriteriaSets.SETS)
                .then().statusCode(400);
        assertEquals(before, total(), "nothing was stored");
    }

    @Test
    void anApprovalWithBrokenPartsIsRefusedAndApprovesNothing() {
        long set = CriteriaSets.create(Actor.MINISTRY_PENZA, CriteriaSets.body(2095, "SHNSU", "Плохое утверждение"));
        String approval = CriteriaSets.SETS + "/{id}/approval";
        Map<String, Object> order = Map.of("kind", "Приказ", "number", "1", "date", "2026-01-20", "authority", "Министерство");
        Api.as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest())
                .body(Map.of("version", 0, "document", Map.of("kind", "Приказ", "number", "1", "date", "20.01.2026",
                        "authority", "Министерство"))).post(approval, set)
                .then().statusCode(400).body("errors[0].field", equalTo("document.date"));
        Api.as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest())
                .body(Map.of("version", 0, "document", order, "additions", List.of(Map.of("schoolId", "все", "reason", "x"))))
                .post(approval, set).then().statusCode(400).body("errors[0].field", equalTo("additions[0].schoolId"));
        Api.as(Actor.MINISTRY_PENZA).body(Map.of("version", 0, "document", order,
                        "additions", List.of(Map.of("schoolId", Api.schoolId("5818003401"), "reason", " "))))
                .post(approval, set).then().statusCode(422).body("errors[0].field", equalTo("additions[0].reason"));
        Api.as(Actor.MINISTRY_PENZA).body(Map.of("version", 0, "document", Map.of("kind", "", "number", "1",
                        "date", "2026-01-20", "authority", "Министерство")))
                .post(approval, set).then().statusCode(422).body("errors[0].field", equalTo("document.kind"));
        // A school of another region is not added.
        Api.as(Actor.MINISTRY_PENZA).body(Map.of("version", 0, "document", order,
                        "additions", List.of(Map.of("schoolId", Api.schoolId("6440001011"), "reason", "чужая"))))
                .post(approval, set).then().statusCode(422).body("errors[0].field", equalTo("additions[0].schoolId"));
        Api.as(Actor.MINISTRY_PENZA).get(CriteriaSets.SETS + "/{id}", set).then().statusCode(200)
                .body("frozen", equalTo(false)).body("listOfYearId", equalTo(null));
    }

    @Test
    void queryParametersAndIdsThatCannotBeReadAre400Or404() {
        Api.as(Actor.MINISTRY_PENZA).queryParam("year", "двадцать").get(CriteriaSets.SETS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Api.as(Actor.MINISTRY_PENZA).queryParam("category", "ALL'--").get(CriteriaSets.SETS).then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        Api.as(Actor.MINISTRY_PENZA).queryParam("page", 0).get(CriteriaSets.SETS).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        Api.as(Actor.MINISTRY_PENZA).get(CriteriaSets.SETS + "/{id}", 987_654_321L).then().statusCode(404).contentType(PROBLEM);
        Api.as(Actor.MINISTRY_PENZA).get(CriteriaSets.SETS + "/{id}/dry-run", "1 or 1=1").then().statusCode(404);
        Api.as(Actor.MINISTRY_PENZA).queryParam("year", "1' or '1'='1").get("/api/v1/identification/lists").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        Api.as(Actor.MINISTRY_PENZA).get("/api/v1/identification/lists/{id}", 987_654_321L).then().statusCode(404);
    }
}
