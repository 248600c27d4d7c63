package ru.opora.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/**
 * The monitoring demo of the region of Penza: five years of accepted values, the region's targets and the open
 * campaign «Самообследование школ за 2026 год» with forms of Каменский район submitted and accepted, while
 * Никольский район has not started (its school is the end-to-end test's).
 */
@QuarkusTest
class DemoIndicatorsTest {

    private static final String ANALYTICS = "/api/v1/analytics/indicators/{id}/dynamics";
    private static final int PENZA_SCHOOLS = 19;
    private static final List<String> HISTORY = List.of("2021", "2022", "2023", "2024", "2025");

    private static long campaignId() {
        JsonPath list = Api.as(MINISTRY_PENZA).queryParam("year", "2026").get("/api/v1/campaigns").then().statusCode(200)
                .extract().jsonPath();
        List<Integer> ids = list.getList("findAll { it.name == 'Самообследование школ за 2026 год' }.id");
        assertEquals(1, ids.size(), "one demo campaign: " + list.prettify());
        return ids.get(0);
    }

    @Test
    void theRegionalCampaignOf2026IsOpenOverAllSchoolsOfPenza() {
        long campaign = campaignId();
        Api.as(MINISTRY_PENZA).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("period", equalTo("2026"))
                .body("opensOn", equalTo("2026-11-02"))
                .body("deadline", equalTo("2026-12-25"))
                .body("owner.type", equalTo("REGION"))
                .body("indicators.code", equalTo(List.of("STAFFING_RATE", "PARENTS_SATISFIED", "TEACHERS_TRAINED_SHARE",
                        "VPR_NON_OBJECTIVE")))
                .body("allowed", equalTo(List.of("CLOSE")))
                .body("progress.expected", equalTo(PENZA_SCHOOLS));
        Api.as(MINISTRY_SARATOV).get("/api/v1/campaigns/{id}", campaign).then().statusCode(404);

        JsonPath completeness = Api.as(MINISTRY_PENZA).get("/api/v1/campaigns/{id}/completeness", campaign).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(PENZA_SCHOOLS, completeness.getInt("total.expected"));
        assertEquals(11, completeness.getList("municipalities").size());
        Map<String, Object> kamenka = completeness.getMap("municipalities.find { it.municipalityName == 'Каменский район' }");
        assertEquals(3, kamenka.get("expected"));
        assertEquals(2, kamenka.get("submitted"));
        assertEquals(1, kamenka.get("accepted"));
        assertEquals(0, kamenka.get("notStarted"));
        Map<String, Object> nikolsk = completeness.getMap("municipalities.find { it.municipalityName == 'Никольский район' }");
        assertEquals(4, nikolsk.get("expected"));
        assertEquals(4, nikolsk.get("notStarted"), "the end-to-end test fills the form of МБОУ СОШ № 1 г. Никольска");
        assertEquals(1, completeness.getInt("total.draft"));
        assertEquals(1, completeness.getInt("total.returned"));
        assertEquals(PENZA_SCHOOLS - 5, completeness.getInt("total.notStarted"));
    }

    @Test
    void kamenkaHasTwoFormsToReviewAndOneAccepted() {
        long campaign = campaignId();
        JsonPath queue = Api.as(MO_KAMENKA).get("/api/v1/campaign-reviews").then().statusCode(200).extract().jsonPath();
        List<String> waiting = queue.getList("findAll { it.campaignId == " + campaign + " }.schoolName");
        assertEquals(2, waiting.size(), waiting.toString());
        assertTrue(waiting.containsAll(List.of("МБОУ СОШ № 1 г. Каменки", "МБОУ гимназия № 1 г. Каменки")), waiting.toString());

        long accepted = Api.schoolId("5802002222");
        JsonPath form = Campaigns.form(MO_KAMENKA, campaign, accepted);
        assertEquals("ACCEPTED", form.getString("status"));
        Map<String, Object> staffing = Campaigns.field(form, "STAFFING_RATE", "");
        assertEquals("ACCEPTED", staffing.get("status"));
        assertEquals("2025", staffing.get("previousPeriod"));
        assertNotNull(staffing.get("previousNumber"));
        assertNotNull(Campaigns.field(form, "TEACHERS_TRAINED_SHARE", "").get("number"), "the share is computed");
    }

    @Test
    void theFormOfNikolskSchoolNumberOneIsUntouchedAndShowsLastYearAndTheTarget() {
        long campaign = campaignId();
        long school = Api.schoolId("5818003401");
        JsonPath form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        assertEquals("NOT_STARTED", form.getString("status"));
        assertEquals(List.of("EDIT", "SUBMIT"), form.getList("allowed"));
        for (String code : List.of("STAFFING_RATE", "PARENTS_SATISFIED", "TEACHERS_TOTAL", "TEACHERS_TRAINED")) {
            Map<String, Object> field = Campaigns.field(form, code, "");
            assertEquals(null, field.get("number"), code);
            assertEquals("2025", field.get("previousPeriod"), code);
            assertNotNull(field.get("previousNumber"), code);
        }
        // The school was in the list of non-objective results of 2024, i.e. about its ВПР of 2023; not in 2025.
        assertEquals(false, Campaigns.field(form, "VPR_NON_OBJECTIVE", "").get("previousFlag"));
        assertEquals(78, Campaigns.field(form, "PARENTS_SATISFIED", "").get("target"));
        assertEquals(70, Campaigns.field(form, "TEACHERS_TRAINED_SHARE", "").get("target"));
    }

    @Test
    void fiveYearsOfAcceptedValuesAreInTheRegionsDynamicsWithTheTargets() {
        for (String code : List.of("STAFFING_RATE", "PARENTS_SATISFIED", "TEACHERS_TRAINED_SHARE", "VPR_NON_OBJECTIVE")) {
            JsonPath dynamics = Api.as(MINISTRY_PENZA).queryParam("level", "REGION")
                    .get(ANALYTICS, Campaigns.indicatorId(code)).then().statusCode(200)
                    .body("unitName", equalTo("Пензенская область")).extract().jsonPath();
            for (String period : HISTORY) {
                Map<String, Object> point = dynamics.getMap("points.find { it.period == '" + period + "' }");
                assertNotNull(point, code + " " + period + ": " + dynamics.prettify());
                assertEquals(PENZA_SCHOOLS, point.get("schools"), code + " " + period);
                assertNotNull(point.get("value"), code + " " + period);
            }
        }
        JsonPath parents = Api.as(MINISTRY_PENZA).queryParam("level", "REGION")
                .get(ANALYTICS, Campaigns.indicatorId("PARENTS_SATISFIED")).then().statusCode(200).extract().jsonPath();
        assertEquals(72, parents.getInt("points.find { it.period == '2024' }.target"));
        assertEquals(75, parents.getInt("points.find { it.period == '2025' }.target"));
        assertNull(parents.get("points.find { it.period == '2023' }.target"));
        float first = parents.getFloat("points.find { it.period == '2021' }.value");
        float last = parents.getFloat("points.find { it.period == '2025' }.value");
        assertTrue(last > first, "satisfaction grows: " + first + " → " + last);
        // The accepted form of Кевдо-Вершина already gives 2026.
        assertEquals(1, parents.getInt("points.find { it.period == '2026' }.schools"));

        // The shares of marks of ВПР, by subject and grade.
        int mark2 = Campaigns.indicatorId("VPR_MARK_2");
        JsonPath math = Api.as(MINISTRY_PENZA).queryParam("disaggregation", "GRADE=4;SUBJECT=MATH")
                .get(ANALYTICS, mark2).then().statusCode(200).extract().jsonPath();
        assertTrue(math.getList("points.period").containsAll(HISTORY), math.prettify());
        assertTrue(math.getFloat("points.find { it.period == '2025' }.value") < math.getFloat("points.find { it.period == '2021' }.value"),
                "fewer «2» each year: " + math.prettify());
    }

    @Test
    void aSchoolSeesItsOwnHistoryAndTheRegionsTargetsAreSet() {
        long school = Api.schoolId("5818003401");
        JsonPath own = Api.as(SCHOOL_NIKOLSK1).queryParam("level", "SCHOOL").queryParam("unitId", school)
                .get(ANALYTICS, Campaigns.indicatorId("STAFFING_RATE")).then().statusCode(200).extract().jsonPath();
        for (String period : HISTORY) {
            assertEquals(1, own.getInt("points.find { it.period == '" + period + "' }.schools"), period);
        }
        Api.as(MINISTRY_PENZA).get("/api/v1/indicators/{id}", Campaigns.indicatorId("PARENTS_SATISFIED")).then().statusCode(200)
                .body("targets.year", equalTo(List.of(2024, 2025, 2026)))
                .body("targets.value", equalTo(List.of(72, 75, 78)));
        Api.as(MINISTRY_PENZA).get("/api/v1/indicators/{id}", Campaigns.indicatorId("TEACHERS_TRAINED_SHARE")).then().statusCode(200)
                .body("targets.year", hasItem(2026));
        Api.as(MINISTRY_SARATOV).get("/api/v1/indicators/{id}", Campaigns.indicatorId("PARENTS_SATISFIED")).then()
                .statusCode(200).body("targets", equalTo(List.of()));
    }
}
