package ru.opora.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;
import static ru.opora.support.Campaigns.FORM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/** Each rule of the form, one at a time: what the school is told and that nothing of the batch is saved. */
@QuarkusTest
class FormValidationTest {

    private static final List<String> SET = List.of("TEACHERS_TRAINED_SHARE", "PARENTS_SATISFIED", "VPR_NON_OBJECTIVE",
            "NOO_BASE_LEVEL", "STAFFING_RATE");

    private long school;

    private long openForm(String period) {
        school = Api.schoolId("5818003401");
        return Campaigns.openInNikolsk(period, SET);
    }

    private void refused(long campaign, Map<String, Object> body, String field, String message) {
        Api.as(SCHOOL_NIKOLSK1).body(body).put(FORM + "/values", campaign, school).then().statusCode(422)
                .body("type", containsString("validation"))
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(containsString(message)));
    }

    @Test
    void typeRangeIntegerAndComputedValuesAreRefusedAndTheBatchIsNotSaved() {
        long campaign = openForm("2035");
        JsonPath form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        // A share out of range, with a valid value in the same batch: nothing is saved.
        refused(campaign, Campaigns.values(Campaigns.number(form, "STAFFING_RATE", 90),
                Campaigns.number(form, "PARENTS_SATISFIED", 120)), "values[1].number", "не больше 100");
        refused(campaign, Campaigns.values(Campaigns.number(form, "TEACHERS_TOTAL", 10.5)),
                "values[0].number", "ожидается целое число");
        refused(campaign, Campaigns.values(Campaigns.number(form, "TEACHERS_TOTAL", -1)),
                "values[0].number", "не меньше 0");
        refused(campaign, Campaigns.values(Campaigns.number(form, "VPR_NON_OBJECTIVE", 1)),
                "values[0].flag", "ожидается flag");
        refused(campaign, Campaigns.values(Campaigns.value(form, "PARENTS_SATISFIED", "", "flag", true)),
                "values[0].number", "ожидается number");
        refused(campaign, Campaigns.values(Campaigns.number(form, "TEACHERS_TRAINED_SHARE", 30)),
                "values[0].indicatorId", "вычисляется");
        refused(campaign, Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 33.12345)),
                "values[0].number", "4 знаков");
        Map<String, Object> wrongCut = Campaigns.value(form, "NOO_BASE_LEVEL", "SUBJECT=MATH", "number", 70);
        wrongCut.put("disaggregation", "SUBJECT=PHYS");
        refused(campaign, Campaigns.values(wrongCut), "values[0].disaggregation", "SUBJECT=PHYS");
        Map<String, Object> foreign = new HashMap<>(Campaigns.number(form, "STAFFING_RATE", 90));
        foreign.put("indicatorId", Campaigns.indicatorId("NOKO_SCORE"));
        refused(campaign, Campaigns.values(foreign), "values[0].indicatorId", "нет в форме");
        refused(campaign, Campaigns.values(Campaigns.number(form, "STAFFING_RATE", 90), Campaigns.number(form, "STAFFING_RATE", 91)),
                "values[1]", "дважды");

        JsonPath after = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        assertEquals("NOT_STARTED", after.getString("status"));
        assertNull(Campaigns.field(after, "STAFFING_RATE", "").get("number"));
        assertEquals(List.of(), Api.as(SCHOOL_NIKOLSK1).get(FORM + "/history", campaign, school).then().statusCode(200)
                .extract().jsonPath().getList(""));
    }

    @Test
    void numeratorMayNotExceedItsDenominator() {
        long campaign = openForm("2036");
        JsonPath form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        refused(campaign, Campaigns.values(Campaigns.number(form, "TEACHERS_TRAINED", 45), Campaigns.number(form, "TEACHERS_TOTAL", 40)),
                "values[0].number", "не может быть больше");
        form = Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(form, "TEACHERS_TRAINED", 10),
                        Campaigns.number(form, "TEACHERS_TOTAL", 40)))
                .put(FORM + "/values", campaign, school).then().statusCode(200).extract().jsonPath();
        assertEquals(25, ((Number) Campaigns.field(form, "TEACHERS_TRAINED_SHARE", "").get("number")).intValue());
        // Lowering the stored denominator below the stored numerator is refused too.
        refused(campaign, Campaigns.values(Campaigns.number(form, "TEACHERS_TOTAL", 8)), "values[0].number", "не может быть больше");
        // Clearing the denominator removes the share.
        form = Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(form, "TEACHERS_TOTAL", null)))
                .put(FORM + "/values", campaign, school).then().statusCode(200).extract().jsonPath();
        assertNull(Campaigns.field(form, "TEACHERS_TRAINED_SHARE", "").get("number"));
        assertNull(Campaigns.field(form, "TEACHERS_TOTAL", "").get("number"));
    }

    @Test
    void aLargeMoveFromThePreviousPeriodNeedsAComment() {
        // 2037 is the previous period of 2038; PARENTS_SATISFIED may move by 25 points without a comment.
        long before = openForm("2037");
        JsonPath form = Campaigns.form(SCHOOL_NIKOLSK1, before, school);
        Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 40)))
                .put(FORM + "/values", before, school).then().statusCode(200);

        long campaign = openForm("2038");
        form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        assertEquals(40, ((Number) Campaigns.field(form, "PARENTS_SATISFIED", "").get("previousNumber")).intValue());
        assertEquals("2037", Campaigns.field(form, "PARENTS_SATISFIED", "").get("previousPeriod"));
        refused(campaign, Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 90)),
                "values[0].comment", "было 40");
        Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 65)))
                .put(FORM + "/values", campaign, school).then().statusCode(200);
        form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        Map<String, Object> explained = Campaigns.number(form, "PARENTS_SATISFIED", 90);
        explained.put("comment", "Анкетирование проведено по новой методике, охват родителей вырос вдвое");
        form = Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(explained))
                .put(FORM + "/values", campaign, school).then().statusCode(200).extract().jsonPath();
        assertEquals("Анкетирование проведено по новой методике, охват родителей вырос вдвое",
                Campaigns.field(form, "PARENTS_SATISFIED", "").get("comment"));
    }

    @Test
    void requiredFieldsAreCheckedOnSubmission() {
        long campaign = openForm("2039");
        JsonPath form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);
        form = Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(form, "STAFFING_RATE", 88)))
                .put(FORM + "/values", campaign, school).then().statusCode(200).extract().jsonPath();
        JsonPath problem = Api.as(SCHOOL_NIKOLSK1).body(Map.of("version", form.getLong("version")))
                .post(FORM + "/submission", campaign, school).then().statusCode(422).extract().jsonPath();
        List<String> fields = problem.getList("errors.field");
        // Required: the two counts, the survey share, the non-objectivity flag and NOO_BASE_LEVEL by subject;
        // the computed share is never asked for.
        // In the order of the form: groups, then the campaign's order.
        assertEquals(List.of("fields[VPR_NON_OBJECTIVE]", "fields[NOO_BASE_LEVEL:SUBJECT=RUS]",
                "fields[NOO_BASE_LEVEL:SUBJECT=MATH]", "fields[NOO_BASE_LEVEL:SUBJECT=ENV]", "fields[TEACHERS_TRAINED]",
                "fields[TEACHERS_TOTAL]", "fields[PARENTS_SATISFIED]"), fields);
        assertEquals("заполните «Доля обучающихся 4-х классов, достигших базового уровня подготовки (Математика)»",
                problem.getString("errors[2].message"));
        Api.as(SCHOOL_NIKOLSK1).get(FORM, campaign, school).then().body("status", equalTo("DRAFT"));
        // Neither the ministry nor the municipality fills a school's form.
        Api.as(MO_NIKOLSK).body(Campaigns.values(Campaigns.number(form, "STAFFING_RATE", 80)))
                .put(FORM + "/values", campaign, school).then().statusCode(403);
        Api.as(MINISTRY_PENZA).body(Map.of("version", form.getLong("version")))
                .post(FORM + "/submission", campaign, school).then().statusCode(403);
        // A stale form version is a conflict.
        Api.as(SCHOOL_NIKOLSK1).body(Map.of("version", form.getLong("version") - 1))
                .post(FORM + "/submission", campaign, school).then().statusCode(409);
    }
}
