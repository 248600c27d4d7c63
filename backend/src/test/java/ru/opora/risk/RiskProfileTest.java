package ru.opora.risk;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;
import ru.opora.support.Curators;
import ru.opora.support.Identification;
import ru.opora.support.RiskProfiles;
import ru.opora.support.Roadmaps;

/**
 * The «500+» risk profile as campaign forms work: the school fills and submits, the municipality returns or accepts,
 * overrides a level with a comment; every change in the history; levels derived from indicators; the anti-risk
 * programme's measures per factor; the movement against last year.
 */
@QuarkusTest
class RiskProfileTest {

    private static final String PROFILE = RiskProfiles.PROFILE;

    @Test
    void theTenFactorsOfFiocoAreSeededAsReferenceData() {
        List<String> codes = Api.as(Actor.SCHOOL_NIKOLSK1).get("/api/v1/risk-factors").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.common }.code");
        assertEquals(List.of("LOW_EQUIPMENT", "TEACHER_SHORTAGE", "LOW_TEACHER_COMPETENCE", "LOW_ADAPTIVITY",
                "NO_PROFESSIONAL_DEVELOPMENT", "LANGUAGE_BARRIERS", "LOW_PARENTAL_INVOLVEMENT", "POOR_SCHOOL_CLIMATE",
                "HIGH_SHARE_AT_RISK", "LOW_MOTIVATION"), codes);
        // A common factor is not changed by a region; its own factor is.
        Map<String, Object> body = RiskProfiles.factor("LOW_EQUIPMENT");
        body.put("version", 0);
        Api.as(Actor.MINISTRY_PENZA).body(body).put("/api/v1/risk-factors/{id}", RiskProfiles.factorId("LOW_EQUIPMENT"))
                .then().statusCode(403);
        Api.as(Actor.MINISTRY_PENZA).body(RiskProfiles.factor("TEACHER_SHORTAGE")).post("/api/v1/risk-factors").then()
                .statusCode(409);
    }

    @Test
    void theSchoolFillsAndSubmitsTheMunicipalityReturnsAcceptsAndOverridesEverythingIsInTheHistory() {
        long school = Api.schoolId("5818003401");
        int year = RiskProfiles.nextYear();
        JsonPath profile = RiskProfiles.get(Actor.SCHOOL_NIKOLSK1, school, year);
        assertEquals("NOT_STARTED", profile.getString("status"));
        assertEquals(List.of("EDIT"), profile.getList("allowed"));
        assertEquals(List.of(), RiskProfiles.get(Actor.MO_NIKOLSK, school, year).getList("allowed"));
        long shortage = RiskProfiles.factorId("TEACHER_SHORTAGE");
        long motivation = RiskProfiles.factorId("LOW_MOTIVATION");

        Map<String, Object> two = Map.of("version", 0, "levels", List.of(
                level(shortage, "HIGH", "Вакансии учителей математики и физики"), level(motivation, "MEDIUM", null)));
        Api.as(Actor.SCHOOL_NIKOLSK1).body(two).put(PROFILE, school, year).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("allowed", equalTo(List.of("EDIT", "SUBMIT")))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.level", equalTo("HIGH"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.source", equalTo("SELF"));
        // The same version again: someone else's change came first.
        Api.as(Actor.SCHOOL_NIKOLSK1).body(two).put(PROFILE, school, year).then().statusCode(409);
        // The municipality does not fill; another municipality does not see it.
        Api.as(Actor.MO_NIKOLSK).body(two).put(PROFILE, school, year).then().statusCode(403);
        Api.as(Actor.MO_KAMENKA).get(PROFILE, school, year).then().statusCode(404);

        profile = RiskProfiles.get(Actor.SCHOOL_NIKOLSK1, school, year);
        // Eight factors have no level yet: each is named.
        List<String> fields = Api.as(Actor.SCHOOL_NIKOLSK1).body(Map.of("version", profile.getLong("version")))
                .post(PROFILE + "/submission", school, year).then().statusCode(422).extract().jsonPath().getList("errors.field");
        assertTrue(fields.contains("levels[LOW_EQUIPMENT]") && !fields.contains("levels[TEACHER_SHORTAGE]"), fields.toString());
        Map<String, Object> all = RiskProfiles.everyFactor(profile, "LOW");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> levels = (List<Map<String, Object>>) all.get("levels");
        levels.removeIf(l -> ((Number) l.get("factorId")).longValue() == shortage || ((Number) l.get("factorId")).longValue() == motivation);
        profile = Api.as(Actor.SCHOOL_NIKOLSK1).body(all).put(PROFILE, school, year).then().statusCode(200).extract().jsonPath();
        profile = Api.as(Actor.SCHOOL_NIKOLSK1).body(Map.of("version", profile.getLong("version")))
                .post(PROFILE + "/submission", school, year).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("allowed", equalTo(List.of())).extract().jsonPath();
        Api.as(Actor.SCHOOL_NIKOLSK1).body(Map.of("version", profile.getLong("version"), "levels", List.of()))
                .put(PROFILE, school, year).then().statusCode(409);

        // The municipality returns it with a reason, the school corrects and submits again, the municipality accepts.
        JsonPath seen = RiskProfiles.get(Actor.MO_NIKOLSK, school, year);
        assertEquals(List.of("REVIEW", "OVERRIDE"), seen.getList("allowed"));
        Api.as(Actor.MO_NIKOLSK).body(Map.of("decision", "RETURN", "version", seen.getLong("version")))
                .post(PROFILE + "/review", school, year).then().statusCode(422).body("errors[0].field", equalTo("reason"));
        Api.as(Actor.MO_NIKOLSK).body(Map.of("decision", "RETURN", "reason", "Мотивация по анкетам — высокий риск",
                "version", seen.getLong("version"))).post(PROFILE + "/review", school, year).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("Мотивация по анкетам — высокий риск"));
        profile = RiskProfiles.get(Actor.SCHOOL_NIKOLSK1, school, year);
        profile = Api.as(Actor.SCHOOL_NIKOLSK1).body(Map.of("version", profile.getLong("version"),
                        "levels", List.of(level(motivation, "HIGH", "По анкетированию 2025 года"))))
                .put(PROFILE, school, year).then().statusCode(200).body("status", equalTo("RETURNED")).extract().jsonPath();
        profile = Api.as(Actor.SCHOOL_NIKOLSK1).body(Map.of("version", profile.getLong("version")))
                .post(PROFILE + "/submission", school, year).then().statusCode(200).extract().jsonPath();
        profile = Api.as(Actor.MO_NIKOLSK).body(Map.of("decision", "ACCEPT", "version", profile.getLong("version")))
                .post(PROFILE + "/review", school, year).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .extract().jsonPath();

        // An override needs a comment; it wins over the school's own level and says who set it.
        Api.as(Actor.MO_NIKOLSK).body(Map.of("version", profile.getLong("version"), "overrides",
                List.of(override(shortage, "MEDIUM", null)))).put(PROFILE + "/overrides", school, year).then().statusCode(422)
                .body("errors[0].field", equalTo("overrides[0].comment"));
        Api.as(Actor.MO_NIKOLSK).body(Map.of("version", profile.getLong("version"), "overrides",
                        List.of(override(shortage, "MEDIUM", "Две вакансии закрыты в сентябре"))))
                .put(PROFILE + "/overrides", school, year).then().statusCode(200)
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.level", equalTo("MEDIUM"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.source", equalTo("OVERRIDE"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.selfLevel", equalTo("HIGH"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.overrideBy", equalTo("mo.nikolsk"));

        List<Map<String, Object>> history = Api.as(Actor.SCHOOL_NIKOLSK1).get(PROFILE + "/history", school, year).then()
                .statusCode(200).extract().jsonPath().getList("");
        assertTrue(history.stream().anyMatch(h -> "STATUS".equals(h.get("kind")) && "RETURNED".equals(h.get("to"))
                && "Мотивация по анкетам — высокий риск".equals(h.get("comment")) && "mo.nikolsk".equals(h.get("changedBy"))));
        assertTrue(history.stream().anyMatch(h -> "SELF_LEVEL".equals(h.get("kind")) && "MEDIUM".equals(h.get("from"))
                && "HIGH".equals(h.get("to")) && "school.nikolsk1".equals(h.get("changedBy"))), history.toString());
        assertTrue(history.stream().anyMatch(h -> "OVERRIDE".equals(h.get("kind")) && "MEDIUM".equals(h.get("to"))
                && "Две вакансии закрыты в сентябре".equals(h.get("comment"))));
        assertEquals("OVERRIDE", history.get(0).get("kind"), "newest first");

        // The municipality's list of its schools' profiles.
        Api.as(Actor.MO_NIKOLSK).queryParam("year", year).get("/api/v1/risk-profiles").then().statusCode(200)
                .body("items.schoolId", equalTo(List.of((int) school))).body("items[0].status", equalTo("ACCEPTED"))
                .body("items[0].high", equalTo(1));
        Api.as(Actor.MO_KAMENKA).queryParam("year", year).get("/api/v1/risk-profiles").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void theCuratorOfTheSchoolOverridesALevelWithACommentAndIsNamedAsItsSource() {
        Curators.ensureAssigned();
        RiskProfiles.Fixture submitted = RiskProfiles.fresh(RiskProfiles.Stage.SUBMITTED);
        long school = submitted.school();
        int year = submitted.year();
        long climate = RiskProfiles.factorId("POOR_SCHOOL_CLIMATE");
        // The assigned curator reads the profile and may override, not review; the other curator does not see it.
        JsonPath seen = RiskProfiles.get(Actor.CURATOR_PENZA, school, year);
        assertEquals(List.of("OVERRIDE"), seen.getList("allowed"));
        Api.as(Actor.CURATOR_PENZA2).get(PROFILE, school, year).then().statusCode(404);
        Api.as(Actor.CURATOR_PENZA2).body(Map.of("version", seen.getLong("version"), "overrides",
                List.of(override(climate, "HIGH", "Конфликты в коллективе")))).put(PROFILE + "/overrides", school, year)
                .then().statusCode(404);
        Api.as(Actor.CURATOR_PENZA).body(Map.of("decision", "ACCEPT", "version", seen.getLong("version")))
                .post(PROFILE + "/review", school, year).then().statusCode(403);
        Api.as(Actor.CURATOR_PENZA).body(Map.of("version", seen.getLong("version"), "overrides",
                List.of(override(climate, "HIGH", " ")))).put(PROFILE + "/overrides", school, year).then().statusCode(422)
                .body("errors[0].field", equalTo("overrides[0].comment"));
        Api.as(Actor.CURATOR_PENZA).body(Map.of("version", seen.getLong("version"), "overrides",
                        List.of(override(climate, "HIGH", "По итогам выезда: конфликты в коллективе"))))
                .put(PROFILE + "/overrides", school, year).then().statusCode(200)
                .body("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.level", equalTo("HIGH"))
                .body("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.selfLevel", equalTo("LOW"))
                .body("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.source", equalTo("CURATOR_OVERRIDE"))
                .body("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.overrideSource", equalTo("CURATOR_OVERRIDE"))
                .body("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.overrideBy", equalTo(Actor.CURATOR_PENZA.username));
        // The municipality sees whose decision it is and may replace it with its own.
        JsonPath municipality = RiskProfiles.get(Actor.MO_NIKOLSK, school, year);
        assertEquals("CURATOR_OVERRIDE", municipality.getString("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.source"));
        Api.as(Actor.MO_NIKOLSK).body(Map.of("version", municipality.getLong("version"), "overrides",
                        List.of(override(climate, "MEDIUM", "Принято с учётом плана работы психолога"))))
                .put(PROFILE + "/overrides", school, year).then().statusCode(200)
                .body("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.source", equalTo("OVERRIDE"))
                .body("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.overrideBy", equalTo("mo.nikolsk"));
        List<Map<String, Object>> history = Api.as(Actor.CURATOR_PENZA).get(PROFILE + "/history", school, year).then()
                .statusCode(200).extract().jsonPath().getList("");
        assertTrue(history.stream().anyMatch(h -> "OVERRIDE".equals(h.get("kind")) && "HIGH".equals(h.get("to"))
                && Actor.CURATOR_PENZA.username.equals(h.get("changedBy"))), history.toString());
    }

    @Test
    void aLevelDerivedFromIndicatorsAndTheMovementAgainstLastYear() {
        Identification.Fixture data = Identification.fixture();
        Identification.importValues("school_code;indicator_code;period;subject;grade;value\n"
                + Identification.code(1) + ";STAFFING_RATE;2047;;;85\n" + Identification.code(2) + ";STAFFING_RATE;2047;;;92\n"
                + Identification.code(1) + ";STAFFING_RATE;2046;;;80\n");
        long shortage = factorOf97("TEACHER_SHORTAGE");
        // «Teacher shortage: high below 90 %, medium below 95 %» in the last year.
        Map<String, Object> high = staffing("LT", 90);
        Map<String, Object> medium = staffing("LT", 95);
        Identification.ministry().body(Map.of("version", 0, "rules", List.of(Map.of("level", "MEDIUM", "condition", medium),
                        Map.of("level", "HIGH", "condition", high))))
                .put("/api/v1/risk-factors/{id}/derivation", shortage).then().statusCode(200)
                .body("derivation.version", equalTo(1)).body("derivation.rules", hasSize(2));
        Identification.ministry().body(Map.of("version", 0, "rules", List.of())).put("/api/v1/risk-factors/{id}/derivation", shortage)
                .then().statusCode(409);
        Map<String, Object> bad = staffing("LT", 190);
        Identification.ministry().body(Map.of("version", 1, "rules", List.of(Map.of("level", "NONE", "condition", bad))))
                .put("/api/v1/risk-factors/{id}/derivation", shortage).then().statusCode(422)
                .body("errors.field", equalTo(List.of("rules[0].level", "rules[0].condition.threshold")));

        var s1 = Identification.as("school", "SCHOOL", Identification.code(1));
        s1.get(PROFILE, data.school("S1"), 2048).then().statusCode(200)
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.derivedLevel", equalTo("HIGH"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.level", equalTo("HIGH"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.source", equalTo("DERIVED"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.derivedBasis",
                        equalTo("Укомплектованность педагогическими кадрами < 90 % — в 1 из 1 последних года;"
                                + " нет данных — условие не выполнено"));
        Identification.as("school", "SCHOOL", Identification.code(2)).get(PROFILE, data.school("S2"), 2048).then().statusCode(200)
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.derivedLevel", equalTo("MEDIUM"));

        // Last year the shortage was high (derived from 80 % in 2046) and the school said its motivation was high;
        // this year the school says medium: the profile shows the movement.
        long motivation = factorOf97("LOW_MOTIVATION");
        Identification.as("school", "SCHOOL", Identification.code(1)).body(Map.of("version", 0,
                "levels", List.of(level(motivation, "HIGH", null)))).put(PROFILE, data.school("S1"), 2047).then().statusCode(200);
        Identification.as("school", "SCHOOL", Identification.code(1)).body(Map.of("version", 0,
                "levels", List.of(level(motivation, "MEDIUM", null), level(shortage, "LOW", "Вакансии закрыты"))))
                .put(PROFILE, data.school("S1"), 2048).then().statusCode(200)
                .body("factors.find { it.code == 'LOW_MOTIVATION' }.previousLevel", equalTo("HIGH"))
                .body("factors.find { it.code == 'LOW_MOTIVATION' }.movement", equalTo("IMPROVED"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.previousLevel", equalTo("HIGH"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.level", equalTo("LOW"))
                .body("factors.find { it.code == 'TEACHER_SHORTAGE' }.movement", equalTo("IMPROVED"));
    }

    @Test
    void theAntiRiskProgrammeShowsItsMeasuresAndTheirReportedStatusPerFactor() {
        long school = Api.schoolId("5818003401");
        long climate = RiskProfiles.factorId("POOR_SCHOOL_CLIMATE");
        Roadmaps.Fixture programme = Roadmaps.draft(Actor.SCHOOL_NIKOLSK1);
        Map<String, Object> item = Roadmaps.item(programme.sectionId(), "1.1", "2025-02-01", "2025-03-31");
        item.put("riskFactorId", 999_999);
        Api.as(Actor.SCHOOL_NIKOLSK1).body(item).put("/api/v1/roadmaps/{id}/items/{i}", programme.id(), programme.item())
                .then().statusCode(422).body("errors[0].field", equalTo("version"));
        item.put("version", 0);
        Api.as(Actor.SCHOOL_NIKOLSK1).body(item).put("/api/v1/roadmaps/{id}/items/{i}", programme.id(), programme.item())
                .then().statusCode(422).body("errors[0].field", equalTo("riskFactorId"));
        item.put("riskFactorId", climate);
        item.put("title", "Тренинги по школьному климату для классных руководителей");
        Api.as(Actor.SCHOOL_NIKOLSK1).body(item).put("/api/v1/roadmaps/{id}/items/{i}", programme.id(), programme.item())
                .then().statusCode(200).body("riskFactorId", equalTo((int) climate));
        Roadmaps.transition(Actor.SCHOOL_NIKOLSK1, programme.id(), "APPROVE");
        Roadmaps.transition(Actor.SCHOOL_NIKOLSK1, programme.id(), "START");
        Api.as(Actor.SCHOOL_NIKOLSK1).body(Roadmaps.done("Проведено три тренинга", null))
                .put("/api/v1/roadmaps/{id}/reports/{p}/items/{i}", programme.id(), "2025-Q1", programme.item()).then()
                .statusCode(200);
        Api.as(Actor.MO_NIKOLSK).get(PROFILE, school, 2025).then().statusCode(200)
                .body("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.measures.title",
                        hasItem("Тренинги по школьному климату для классных руководителей"))
                .body("factors.find { it.code == 'POOR_SCHOOL_CLIMATE' }.measures.find { it.itemId == " + programme.item()
                        + " }.lastStatus", equalTo("DONE"))
                .body("factors.find { it.code == 'LOW_MOTIVATION' }.measures", hasSize(0));
    }

    private static long factorOf97(String code) {
        return Identification.ministry().get("/api/v1/risk-factors").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
    }

    private static Map<String, Object> staffing(String comparison, int threshold) {
        Map<String, Object> c = new HashMap<>(Identification.condition(comparison, threshold, 1, 1, null, "NOT_MET"));
        c.put("indicatorId", Campaigns.indicatorId("STAFFING_RATE"));
        c.put("cuts", List.of());
        return c;
    }

    private static Map<String, Object> level(long factor, String level, String comment) {
        Map<String, Object> l = new HashMap<>();
        l.put("factorId", factor);
        l.put("level", level);
        l.put("comment", comment);
        return l;
    }

    private static Map<String, Object> override(long factor, String level, String comment) {
        return level(factor, level, comment);
    }
}
