package ru.opora.campaign;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;
import static ru.opora.support.Campaigns.FORM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/** A regional campaign from draft to accepted forms, as the ministry, a municipality and a school use it. */
@QuarkusTest
class CampaignWorkflowTest {

    private static final List<String> SET = List.of("TEACHERS_TRAINED_SHARE", "PARENTS_SATISFIED", "VPR_NON_OBJECTIVE");

    @Test
    void schoolSubmitsMunicipalityReturnsSchoolFixesMunicipalityAcceptsMinistrySeesCompleteness() {
        long nikolsk = Api.municipalityId("56651000");
        long school = Api.schoolId("5818003401");
        long campaign = Campaigns.create(MINISTRY_PENZA, Campaigns.body("Самообследование 2031", "2031", SET,
                Map.of("municipalityIds", List.of(nikolsk))));
        Api.as(MINISTRY_PENZA).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("periodLabel", equalTo("2031 г."))
                .body("owner.name", equalTo("Министерство образования Пензенской области"))
                .body("indicators.code", equalTo(SET))
                .body("allowed", equalTo(List.of("EDIT", "OPEN")));
        // A draft is not shown below the ministry.
        Api.as(MO_NIKOLSK).get("/api/v1/campaigns/{id}", campaign).then().statusCode(404);

        Campaigns.open(MINISTRY_PENZA, campaign);
        Api.as(MINISTRY_PENZA).get("/api/v1/campaigns/{id}/completeness", campaign).then().statusCode(200)
                .body("total.expected", equalTo(4))
                .body("total.notStarted", equalTo(4))
                .body("municipalities.municipalityName", equalTo(List.of("Никольский район")));
        Api.as(MO_KAMENKA).get("/api/v1/campaigns/{id}", campaign).then().statusCode(404);

        // The school's form: the share's two counts come with it, the share itself is computed.
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/campaigns").then().statusCode(200)
                .body("find { it.id == " + campaign + " }.ownForm.status", equalTo("NOT_STARTED"))
                .body("find { it.id == " + campaign + " }.ownForm.nextStep", equalTo("FILL"))
                .body("find { it.id == " + campaign + " }.ownForm.late", equalTo(true));
        JsonPath form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        assertEquals("NOT_STARTED", form.getString("status"));
        assertEquals(List.of("EDIT", "SUBMIT"), form.getList("allowed"));
        assertEquals(List.of("INVARIANT_MAIN", "TEACHER_COMPETENCE", "SATISFACTION"), form.getList("groups.code"));
        assertEquals(true, Campaigns.field(form, "TEACHERS_TRAINED_SHARE", "").get("computed"));
        assertEquals(List.of("TEACHERS_TRAINED", "TEACHERS_TOTAL", "TEACHERS_TRAINED_SHARE"),
                form.getList("groups.find { it.code == 'TEACHER_COMPETENCE' }.fields.code"));

        form = Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(
                        Campaigns.number(form, "TEACHERS_TRAINED", 12),
                        Campaigns.number(form, "TEACHERS_TOTAL", 40),
                        Campaigns.number(form, "PARENTS_SATISFIED", 71.5),
                        Campaigns.value(form, "VPR_NON_OBJECTIVE", "", "flag", false)))
                .put(FORM + "/values", campaign, school).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .extract().jsonPath();
        assertEquals(30.0f, ((Number) Campaigns.field(form, "TEACHERS_TRAINED_SHARE", "").get("number")).floatValue());
        assertEquals(false, Campaigns.field(form, "VPR_NON_OBJECTIVE", "").get("flag"));

        form = Api.as(SCHOOL_NIKOLSK1).body(Map.of("version", form.getLong("version")))
                .post(FORM + "/submission", campaign, school).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("school.nikolsk1"))
                .extract().jsonPath();
        // Submitted is not accepted: the bar of «сдано» and the share accepted are told apart, and the school
        // sees its own form waiting for the municipality, not the campaign's counts.
        Api.as(MINISTRY_PENZA).get("/api/v1/campaigns/{id}/completeness", campaign).then().statusCode(200)
                .body("total.submitted", equalTo(1))
                .body("total.accepted", equalTo(0))
                .body("total.completion", equalTo(25.0f))
                .body("total.acceptance", equalTo(0.0f));
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                .body("ownForm.schoolId", equalTo((int) school))
                .body("ownForm.status", equalTo("SUBMITTED"))
                .body("ownForm.nextStep", equalTo("WAIT"))
                .body("ownForm.deadline", equalTo("2026-02-10"));
        Api.as(MINISTRY_PENZA).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                .body("ownForm", equalTo(null));
        // Submitted: the school can no longer change it.
        Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 70)))
                .put(FORM + "/values", campaign, school).then().statusCode(409);

        Api.as(MO_NIKOLSK).get("/api/v1/campaign-reviews").then().statusCode(200)
                .body("schoolName", hasItem("МБОУ СОШ № 1 г. Никольска"));
        int parents = (Integer) Campaigns.field(form, "PARENTS_SATISFIED", "").get("indicatorId");
        form = Api.as(MO_NIKOLSK).body(Map.of("decision", "RETURN", "version", form.getLong("version"),
                        "values", List.of(Map.of("indicatorId", parents, "disaggregation", "",
                                "reason", "Не совпадает с протоколом анкетирования"))))
                .post(FORM + "/review", campaign, school).then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .extract().jsonPath();
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                .body("ownForm.nextStep", equalTo("FIX"));
        assertEquals("RETURNED", Campaigns.field(form, "PARENTS_SATISFIED", "").get("status"));
        assertEquals("Не совпадает с протоколом анкетирования", Campaigns.field(form, "PARENTS_SATISFIED", "").get("returnReason"));
        assertEquals("SUBMITTED", Campaigns.field(form, "TEACHERS_TOTAL", "").get("status"));

        // Resubmitting without touching the returned value is refused.
        Api.as(SCHOOL_NIKOLSK1).body(Map.of("version", form.getLong("version")))
                .post(FORM + "/submission", campaign, school).then().statusCode(422)
                .body("errors.field", hasItem("fields[PARENTS_SATISFIED]"))
                .body("errors.message", hasItem(containsString("возвращено на доработку")));
        form = Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 68.2)))
                .put(FORM + "/values", campaign, school).then().statusCode(200).extract().jsonPath();
        assertEquals("DRAFT", Campaigns.field(form, "PARENTS_SATISFIED", "").get("status"));
        form = Api.as(SCHOOL_NIKOLSK1).body(Map.of("version", form.getLong("version")))
                .post(FORM + "/submission", campaign, school).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).extract().jsonPath();

        form = Api.as(MO_NIKOLSK).body(Map.of("decision", "ACCEPT", "version", form.getLong("version")))
                .post(FORM + "/review", campaign, school).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("reviewedBy", equalTo("mo.nikolsk"))
                .extract().jsonPath();
        assertEquals("ACCEPTED", Campaigns.field(form, "TEACHERS_TRAINED_SHARE", "").get("status"));

        // Accepted values are locked, also through another campaign of the same period.
        long other = Api.as(MO_NIKOLSK).body(Campaigns.body("Муниципальный сбор 2031", "2031", List.of("PARENTS_SATISFIED"),
                Map.of("schoolIds", List.of(school)))).post("/api/v1/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Campaigns.open(MO_NIKOLSK, other);
        JsonPath otherForm = Campaigns.form(SCHOOL_NIKOLSK1, other, school);
        assertEquals(68.2f, ((Number) Campaigns.field(otherForm, "PARENTS_SATISFIED", "").get("number")).floatValue());
        Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(otherForm, "PARENTS_SATISFIED", 60)))
                .put(FORM + "/values", other, school).then().statusCode(409)
                .body("detail", containsString("принято"));

        // Completeness for the ministry and the list of late schools (the deadline of 10.02.2026 has passed).
        Api.as(MINISTRY_PENZA).get("/api/v1/campaigns/{id}/completeness", campaign).then().statusCode(200)
                .body("total.expected", equalTo(4))
                .body("total.accepted", equalTo(1))
                .body("total.notStarted", equalTo(3))
                .body("total.late", equalTo(3))
                .body("total.completion", equalTo(25.0f))
                .body("total.acceptance", equalTo(25.0f));
        Api.as(MINISTRY_PENZA).queryParam("late", "true").get("/api/v1/campaigns/{id}/forms", campaign).then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.schoolName", not(hasItem("МБОУ СОШ № 1 г. Никольска")));

        // The ministry reopens the accepted form; the history tells the whole story.
        Api.as(MINISTRY_PENZA).body(Map.of("reason", "Уточнение данных по запросу Рособрнадзора",
                        "version", form.getLong("version")))
                .post(FORM + "/reopening", campaign, school).then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Уточнение данных по запросу Рособрнадзора"));
        JsonPath history = Api.as(MO_NIKOLSK).get(FORM + "/history", campaign, school).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> parentsHistory = history.getList("findAll { it.indicatorCode == 'PARENTS_SATISFIED' }");
        assertEquals(List.of("DRAFT", "ACCEPTED", "SUBMITTED", "DRAFT", "RETURNED", "SUBMITTED", "DRAFT"),
                parentsHistory.stream().map(h -> h.get("newStatus")).toList());
        assertEquals(71.5f, ((Number) parentsHistory.get(3).get("oldNumber")).floatValue());
        assertEquals(68.2f, ((Number) parentsHistory.get(3).get("newNumber")).floatValue());
        assertEquals("mo.nikolsk", parentsHistory.get(4).get("changedBy"));
        assertEquals("Не совпадает с протоколом анкетирования", parentsHistory.get(4).get("reason"));
        assertEquals("открыто повторно министерством: Уточнение данных по запросу Рособрнадзора",
                parentsHistory.get(0).get("reason"));
    }

    @Test
    void twoEditorsOfTheSameValueTheSecondGetsAConflictAndNothingIsLost() {
        long school = Api.schoolId("5818003401");
        long campaign = Campaigns.openInNikolsk("2032", List.of("PARENTS_SATISFIED", "STUDENTS_SATISFIED"));
        JsonPath first = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        JsonPath second = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(first, "PARENTS_SATISFIED", 55)))
                .put(FORM + "/values", campaign, school).then().statusCode(200);
        Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(
                        Campaigns.number(second, "STUDENTS_SATISFIED", 80),
                        Campaigns.number(second, "PARENTS_SATISFIED", 65)))
                .put(FORM + "/values", campaign, school).then().statusCode(409)
                .body("type", containsString("stale-version"))
                .body("errors.field", equalTo(List.of("values[1].version")))
                .body("errors[0].message", containsString("school.nikolsk1"));
        JsonPath now = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        assertEquals(55, ((Number) Campaigns.field(now, "PARENTS_SATISFIED", "").get("number")).intValue());
        assertEquals(null, Campaigns.field(now, "STUDENTS_SATISFIED", "").get("number"));
        // With the fresh version the second editor's change goes through.
        Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(now, "PARENTS_SATISFIED", 65)))
                .put(FORM + "/values", campaign, school).then().statusCode(200);
    }

    @Test
    void targetSchoolsByRuleOrListWithinTheOwnersReach() {
        long byCategory = Campaigns.create(MINISTRY_PENZA, Campaigns.body("ШНОР 2026", "2026",
                List.of("STAFFING_RATE"), Map.of("categories", List.of("SHNOR"))));
        Api.as(MINISTRY_PENZA).body(Map.of("action", "OPEN", "version", Campaigns.version(MINISTRY_PENZA, byCategory)))
                .post("/api/v1/campaigns/{id}/transitions", byCategory).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("allowed", equalTo(List.of("CLOSE")))
                .body("progress.expected", equalTo(6));
        Api.as(MINISTRY_PENZA).queryParam("size", "100").get("/api/v1/campaigns/{id}/forms", byCategory).then().statusCode(200)
                .body("items.schoolName", containsInAnyOrder("МБОУ СОШ № 1 г. Никольска", "МБОУ ООШ с. Ильмино",
                        "МБОУ СОШ № 1 г. Каменки", "МБОУ СОШ с. Кевдо-Вершина", "МБОУ СОШ с. Рамзай",
                        "МБОУ СОШ № 2 г. Городище"));
        // A municipality sees the regional campaign with its own schools only.
        Api.as(MO_NIKOLSK).get("/api/v1/campaigns/{id}", byCategory).then().statusCode(200)
                .body("progress.expected", equalTo(2))
                .body("allowed", hasSize(0));
        Api.as(MO_NIKOLSK).get("/api/v1/campaigns/{id}/forms", byCategory).then().statusCode(200)
                .body("items.municipalityName", equalTo(List.of("Никольский район", "Никольский район")));

        // No school has a category in 2034: the campaign cannot open.
        long nobody = Campaigns.create(MINISTRY_PENZA, Campaigns.body("Пусто", "2034",
                List.of("STAFFING_RATE"), Map.of("categories", List.of("SHNOR"))));
        Api.as(MINISTRY_PENZA).body(Map.of("action", "OPEN", "version", Campaigns.version(MINISTRY_PENZA, nobody)))
                .post("/api/v1/campaigns/{id}/transitions", nobody).then().statusCode(422)
                .body("errors.field", equalTo(List.of("target")));

        // A municipality's own campaign: its schools only; others' schools and municipalities are refused.
        long kamenkaSchool = Api.schoolId("5802002110");
        Api.as(MO_NIKOLSK).body(Campaigns.body("Чужая школа", "2026", List.of("STAFFING_RATE"),
                        Map.of("schoolIds", List.of(kamenkaSchool))))
                .post("/api/v1/campaigns").then().statusCode(422)
                .body("errors.field", equalTo(List.of("target.schoolIds[0]")));
        Api.as(MO_NIKOLSK).body(Campaigns.body("Чужой район", "2026", List.of("STAFFING_RATE"),
                        Map.of("municipalityIds", List.of(Api.municipalityId("56629000")))))
                .post("/api/v1/campaigns").then().statusCode(422)
                .body("errors.field", equalTo(List.of("target.municipalityIds[0]")));
        long own = Campaigns.create(MO_NIKOLSK, Campaigns.body("Все школы района", "2026", List.of("STAFFING_RATE"), Map.of()));
        Campaigns.open(MO_NIKOLSK, own);
        Api.as(MO_NIKOLSK).get("/api/v1/campaigns/{id}/completeness", own).then().statusCode(200)
                .body("total.expected", equalTo(4));
        Api.as(MINISTRY_PENZA).get("/api/v1/campaigns/{id}", own).then().statusCode(200)
                .body("owner.name", equalTo("Никольский район"))
                .body("allowed", hasSize(0));
        Api.as(MINISTRY_PENZA).body(Map.of("action", "CLOSE", "version", Campaigns.version(MINISTRY_PENZA, own)))
                .post("/api/v1/campaigns/{id}/transitions", own).then().statusCode(403);
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/campaigns").then().statusCode(200)
                .body("id", hasItem((int) own));
    }
}
