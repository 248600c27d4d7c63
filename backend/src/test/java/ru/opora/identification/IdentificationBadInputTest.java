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
    void queryParametersAndIdsThatCannotBeReadAre400Or404() {
        Api.as(Actor.MINISTRY_PENZA).queryParam("year", "двадцать").get(CriteriaSets.SETS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Api.as(Actor.MINISTRY_PENZA).queryParam("category", "ALL'--").get(CriteriaSets.SETS).then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        Api.as(Actor.MINISTRY_PENZA).queryParam("page", 0).get(CriteriaSets.SETS).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        Api.as(Actor.MINISTRY_PENZA).get(CriteriaSets.SETS + "/{id}", 987_654_321L).then().statusCode(404).contentType(PROBLEM);
        Api.as(Actor.MINISTRY_PENZA).get(CriteriaSets.SETS + "/{id}/dry-run", "1 or 1=1").then().statusCode(404);
    }
}
