package ru.opora.indicator;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.ContractValidation;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/** The common catalogue from the seeds, a region's own indicators and its targets. */
@QuarkusTest
class IndicatorCatalogueTest {

    @Test
    void theCommonCatalogueCarriesTheSeedsIndicatorsGroupsAndDimensions() {
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/indicator-groups").then().statusCode(200)
                .body("code", equalTo(List.of("INVARIANT_MAIN", "INVARIANT_AUX", "VARIABLE", "IDENTIFICATION",
                        "RESULTS_DYNAMICS", "TEACHER_COMPETENCE", "SATISFACTION", "BASE_DATA")));
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/indicator-dimensions").then().statusCode(200)
                .body("code", equalTo(List.of("SUBJECT", "GRADE")))
                .body("find { it.code == 'GRADE' }.values.code", equalTo(List.of("4", "5", "6", "7", "8", "9", "10", "11")));
        JsonPath catalogue = Api.as(MINISTRY_SARATOV).get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        assertEquals(true, catalogue.getList("code").containsAll(List.of("VPR4_HIGH_INDEX", "VPR4_BASE_INDEX",
                "GIA11_HIGH_INDEX", "GIA11_BASE_INDEX", "TEACHERS_TRAINED_SHARE", "GIA9_PASSED_SHARE", "STAFFING_RATE",
                "PARENTS_SATISFIED", "VPR_MARK_2", "VPR_NON_OBJECTIVE")));
        Map<String, Object> share = catalogue.getMap("find { it.code == 'TEACHERS_TRAINED_SHARE' }");
        assertEquals("TEACHERS_TRAINED", share.get("numeratorCode"));
        assertEquals("TEACHERS_TOTAL", share.get("denominatorCode"));
        assertEquals(true, share.get("computed"));
        assertEquals(true, share.get("common"));
        assertEquals(List.of("4", "5", "6", "7", "8"),
                catalogue.getList("find { it.code == 'VPR_MARK_2' }.dimensions.GRADE"));
        Api.as(MINISTRY_SARATOV).queryParam("group", "SATISFACTION").get("/api/v1/indicators").then().statusCode(200)
                .body("code", containsInAnyOrder("PARENTS_SATISFIED", "STUDENTS_SATISFIED", "NOKO_SCORE"));
        Api.as(MINISTRY_SARATOV).queryParam("q", "укомплектованн").get("/api/v1/indicators").then().statusCode(200)
                .body("code", equalTo(List.of("STAFFING_RATE")));
        Api.as(MINISTRY_SARATOV).queryParam("includeArchived", "maybe").get("/api/v1/indicators").then().statusCode(400)
                .body("errors.field", equalTo(List.of("includeArchived")));
    }

    @Test
    void aMinistryAddsItsOwnIndicatorWithCutsAndTargetsOthersDoNotSeeIt() {
        Map<String, Object> body = Campaigns.regionalIndicator("PENZA_READING_INDEX");
        body.put("dimensions", Map.of("GRADE", List.of("4", "5")));
        int id = Api.as(MINISTRY_PENZA).body(body).post("/api/v1/indicators").then().statusCode(201)
                .body("common", equalTo(false))
                .body("dimensions.GRADE", equalTo(List.of("4", "5")))
                .extract().jsonPath().getInt("id");
        Api.as(MINISTRY_PENZA).body(body).post("/api/v1/indicators").then().statusCode(409);
        Api.as(MINISTRY_SARATOV).get("/api/v1/indicators/{id}", id).then().statusCode(404);
        Api.as(MINISTRY_SARATOV).get("/api/v1/indicators").then().body("code", not(hasItem("PENZA_READING_INDEX")));
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/indicators/{id}", id).then().statusCode(200);

        Api.as(MINISTRY_PENZA).body(Map.of("targets", List.of(Map.of("year", 2026, "value", 6.5), Map.of("year", 2027, "value", 7)),
                        "version", 0))
                .put("/api/v1/indicators/{id}/targets", id).then().statusCode(200)
                .body("targets.year", equalTo(List.of(2026, 2027)))
                .body("targets.value", equalTo(List.of(6.5f, 7)))
                .body("targetsVersion", equalTo(1));
        // The set is replaced only by whoever saw its current version.
        Api.as(MINISTRY_PENZA).body(Map.of("targets", List.of(Map.of("year", 2026, "value", 3)), "version", 0))
                .put("/api/v1/indicators/{id}/targets", id).then().statusCode(409);
        Api.as(MINISTRY_PENZA).body(Map.of("targets", List.of(Map.of("year", 2026, "value", 11), Map.of("year", 2026, "value", 5)),
                        "version", 1))
                .put("/api/v1/indicators/{id}/targets", id).then().statusCode(422)
                .body("errors.field", equalTo(List.of("targets[0].value", "targets[1].year")));
        // Targets on a common indicator are the region's own.
        int vpr = Campaigns.indicatorId("VPR4_HIGH_INDEX");
        Api.as(MINISTRY_PENZA).body(Map.of("targets", List.of(Map.of("year", 2026, "value", 20)),
                        "version", Campaigns.targetsVersion(vpr)))
                .put("/api/v1/indicators/{id}/targets", vpr).then().statusCode(200)
                .body("targets.value", equalTo(List.of(20)));
        Api.as(MINISTRY_SARATOV).get("/api/v1/indicators/{id}", vpr).then().body("targets", equalTo(List.of()));

        body.put("version", 0);
        body.put("name", "Индекс читательской грамотности");
        Api.as(MINISTRY_PENZA).body(body).put("/api/v1/indicators/{id}", id).then().statusCode(200)
                .body("name", equalTo("Индекс читательской грамотности"))
                .body("version", equalTo(1));
        Api.as(MINISTRY_PENZA).body(body).put("/api/v1/indicators/{id}", id).then().statusCode(409)
                .body("type", containsString("stale-version"));
        body.put("version", 1);
        body.put("code", "PENZA_OTHER");
        Api.as(MINISTRY_PENZA).body(body).put("/api/v1/indicators/{id}", id).then().statusCode(422)
                .body("errors.field", equalTo(List.of("code")));
        Map<String, Object> common = Campaigns.regionalIndicator("VPR4_HIGH_INDEX");
        common.put("version", 0);
        Api.as(MINISTRY_PENZA).body(common).put("/api/v1/indicators/{id}", vpr).then().statusCode(403);
    }

    @Test
    void badIndicatorsAreRefusedWithEveryProblemNamed() {
        Map<String, Object> body = Campaigns.regionalIndicator("bad code");
        body.put("groupCode", "NOPE");
        body.put("dimensions", Map.of("SUBJECT", List.of("MATH", "ASTRO"), "COLOUR", List.of("RED")));
        body.put("minValue", 10);
        body.put("maxValue", 1);
        body.put("numeratorCode", "TEACHERS_TRAINED");
        Api.as(MINISTRY_PENZA).body(body).post("/api/v1/indicators").then().statusCode(422)
                .body("errors.field", hasItems("code", "groupCode", "dimensions.SUBJECT", "dimensions.COLOUR",
                        "maxValue", "denominatorCode"));

        Map<String, Object> share = Campaigns.regionalIndicator("PENZA_SHARE");
        share.put("numeratorCode", "TEACHERS_TRAINED");
        share.put("denominatorCode", "PARENTS_SATISFIED");
        Api.as(MINISTRY_PENZA).body(share).post("/api/v1/indicators").then().statusCode(422)
                .body("errors.field", hasItems("denominatorCode", "valueType"))
                .body("errors.message", hasItem(containsString("INTEGER или NUMBER")));
        Api.as(MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(Map.of("code", "X")).post("/api/v1/indicators").then().statusCode(422)
                .body("errors.field", hasItems("name", "groupCode", "valueType", "better", "source", "periodicity"));
    }
}
