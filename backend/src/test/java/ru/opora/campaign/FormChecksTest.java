package ru.opora.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;
import static ru.opora.support.Campaigns.FORM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/**
 * The form carries the rules the server applies to each field (FormField.checks), with the very message the server
 * refuses a value with, so that the SPA can show it while the user types; the server still checks on save.
 */
@QuarkusTest
class FormChecksTest {

    private static final List<String> SET = List.of("TEACHERS_TRAINED_SHARE", "PARENTS_SATISFIED", "VPR_NON_OBJECTIVE", "STAFFING_RATE");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> checks(JsonPath form, String code) {
        return (List<Map<String, Object>>) Campaigns.field(form, code, "").get("checks");
    }

    private static Map<String, Object> check(JsonPath form, String code, String kind) {
        return checks(form, code).stream().filter(c -> kind.equals(c.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " has no " + kind + " check: " + checks(form, code)));
    }

    private static String refusal(long campaign, long school, Map<String, Object> body) {
        return Api.as(SCHOOL_NIKOLSK1).body(body).put(FORM + "/values", campaign, school).then().statusCode(422)
                .extract().jsonPath().getString("errors[0].message");
    }

    @Test
    void eachFieldCarriesTheServersRulesWithTheServersMessages() {
        long school = Api.schoolId("5818003401");
        // 2059 is the previous period of 2060: PARENTS_SATISFIED may move by 25 points without a comment.
        long before = Campaigns.openInNikolsk("2059", SET);
        JsonPath form = Campaigns.form(SCHOOL_NIKOLSK1, before, school);
        Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 40)))
                .put(FORM + "/values", before, school).then().statusCode(200);
        long campaign = Campaigns.openInNikolsk("2060", SET);
        form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, school);

        // A percentage: range and decimals, and a comment on a large move from last period's 40.
        Map<String, Object> max = check(form, "PARENTS_SATISFIED", "MAX");
        assertEquals(100, ((Number) max.get("limit")).intValue());
        assertEquals(0, ((Number) check(form, "PARENTS_SATISFIED", "MIN").get("limit")).intValue());
        assertEquals(4, ((Number) check(form, "PARENTS_SATISFIED", "DECIMALS").get("limit")).intValue());
        Map<String, Object> change = check(form, "PARENTS_SATISFIED", "COMMENT_ON_CHANGE");
        assertEquals(25, ((Number) change.get("limit")).intValue());
        assertEquals(40, ((Number) change.get("base")).intValue());
        assertEquals(max.get("message"), refusal(campaign, school, Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 140))));
        assertEquals(change.get("message"), refusal(campaign, school, Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 90))));
        assertEquals(check(form, "PARENTS_SATISFIED", "DECIMALS").get("message"),
                refusal(campaign, school, Campaigns.values(Campaigns.number(form, "PARENTS_SATISFIED", 33.12345))));

        // A count: whole numbers, and a numerator within its denominator of the same disaggregation.
        assertEquals(check(form, "TEACHERS_TOTAL", "INTEGER").get("message"),
                refusal(campaign, school, Campaigns.values(Campaigns.number(form, "TEACHERS_TOTAL", 10.5))));
        Map<String, Object> share = check(form, "TEACHERS_TRAINED", "NOT_GREATER_THAN");
        @SuppressWarnings("unchecked")
        Map<String, Object> denominator = (Map<String, Object>) share.get("field");
        assertEquals(Campaigns.field(form, "TEACHERS_TOTAL", "").get("indicatorId"), denominator.get("indicatorId"));
        assertEquals("", denominator.get("disaggregation"));
        String refused = refusal(campaign, school, Campaigns.values(Campaigns.number(form, "TEACHERS_TRAINED", 45),
                Campaigns.number(form, "TEACHERS_TOTAL", 40)));
        assertTrue(refused.startsWith(((String) share.get("message")).replace("» не может", "» (45) не может")), refused);

        // No rule on last period's change without a last period, none on yes/no and computed fields.
        assertTrue(checks(form, "TEACHERS_TOTAL").stream().noneMatch(c -> "COMMENT_ON_CHANGE".equals(c.get("kind"))));
        assertEquals(List.of(), checks(form, "VPR_NON_OBJECTIVE"));
        assertEquals(List.of(), checks(form, "TEACHERS_TRAINED_SHARE"));
    }
}
