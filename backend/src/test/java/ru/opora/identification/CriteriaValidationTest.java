package ru.opora.identification;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.opora.support.Campaigns;
import ru.opora.support.Identification;

/** A rule is data checked on save: every broken part is a 422 naming its field, and nothing is stored. */
@QuarkusTest
class CriteriaValidationTest {

    private static final String SETS = "/api/v1/identification/criteria-sets";
    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void data() {
        Identification.fixture();
    }

    private long setsCount() {
        return Identification.ministry().queryParam("size", 1).get(SETS).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private Map<String, Object> withRule(Map<String, Object> condition) {
        return Identification.set("Проверка", Identification.group("ANY", null,
                List.of(Identification.rule("Правило", condition))), null);
    }

    @Test
    void unknownIndicatorsAndCutsThresholdsOutOfRangeAndEmptyCombinationsAreNamed() {
        long before = setsCount();
        Map<String, Object> unknownIndicator = Identification.condition("GE", 30, 2, 2, null, "FLAG");
        unknownIndicator.put("indicatorId", 999_999);
        Identification.ministry().body(withRule(unknownIndicator)).post(SETS).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("entry.rules[0].condition.indicatorId")));

        Map<String, Object> unknownCut = Identification.condition("GE", 30, 2, 2, null, "FLAG");
        unknownCut.put("cuts", List.of("GRADE=4;SUBJECT=MATH", "GRADE=11;SUBJECT=MATH", "GRADE=4;SUBJECT=MATH"));
        Identification.ministry().body(withRule(unknownCut)).post(SETS).then().statusCode(422)
                .body("errors.field", equalTo(List.of("entry.rules[0].condition.cuts[1]", "entry.rules[0].condition.cuts[2]")));

        // A share is 0–100 %.
        Identification.ministry().body(withRule(Identification.condition("GE", 130, 2, 2, null, "FLAG"))).post(SETS)
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("entry.rules[0].condition.threshold")))
                .body("errors[0].message", equalTo("порог 130 вне диапазона показателя от 0 до 100 %"));
        Identification.ministry().body(withRule(Identification.condition("GE", -1, 2, 2, null, "FLAG"))).post(SETS)
                .then().statusCode(422).body("errors.field", equalTo(List.of("entry.rules[0].condition.threshold")));

        // An empty combination chooses nothing; an empty exit group too; k larger than the rules.
        Identification.ministry().body(Identification.set("Пусто", Identification.group("ALL", null, List.of()),
                Identification.group("ANY", null, List.of()))).post(SETS).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("entry.rules", "exit.rules"));
        Identification.ministry().body(Identification.set("Три из одного", Identification.group("AT_LEAST", 3, List.of(
                        Identification.rule("Одно", Identification.condition("GE", 30, 2, 2, null, "FLAG")))), null))
                .post(SETS).then().statusCode(422).body("errors.field", equalTo(List.of("entry.atLeast")));

        // The persistence, the cuts' count and n-size must fit the indicator.
        Map<String, Object> parts = Identification.condition("GE", 30, 3, 2, null, "FLAG");
        parts.put("minCuts", 2);
        Identification.ministry().body(withRule(parts)).post(SETS).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("entry.rules[0].condition.minCuts",
                        "entry.rules[0].condition.yearsRequired"));
        Map<String, Object> staffing = staffing("LT", 90);
        staffing.put("minParticipants", 10);
        staffing.put("cuts", List.of("GRADE=4;SUBJECT=MATH"));
        Identification.ministry().body(withRule(staffing)).post(SETS).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("entry.rules[0].condition.cuts[0]",
                        "entry.rules[0].condition.minParticipants"));
        // A yes/no indicator is compared for equality with 1 or 0.
        Map<String, Object> flag = staffing("GE", 2);
        flag.put("indicatorId", Campaigns.indicatorId("VPR_NON_OBJECTIVE"));
        Identification.ministry().body(withRule(flag)).post(SETS).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("entry.rules[0].condition.comparison",
                        "entry.rules[0].condition.threshold"));
        // A category no criteria yield.
        Map<String, Object> leaders = withRule(staffing("LT", 90));
        leaders.put("category", "LEADER");
        Identification.ministry().body(leaders).post(SETS).then().statusCode(422).body("errors.field", equalTo(List.of("category")));
        // The same checks for the editor's preview.
        Identification.ministry().body(Map.of("year", 2048, "category", "SHNOR", "condition", unknownIndicator))
                .post("/api/v1/identification/rule-previews").then().statusCode(422)
                .body("errors.field", equalTo(List.of("condition.indicatorId")));

        assertEquals(before, setsCount(), "nothing refused was stored");
        // A valid whole-school rule is taken.
        Identification.ministry().body(withRule(staffing("LT", 90))).post(SETS).then().statusCode(201)
                .body("entry.rules[0].condition.allCuts", equalTo(true))
                .body("entry.rules[0].condition.text", equalTo("Укомплектованность педагогическими кадрами < 90 %"
                        + " — в 1 из 1 последних года; нет данных — условие не выполнено"));
    }

    @Test
    void anUnknownRuleIdOfTheSetIsRefused() {
        long set = Identification.ministry().body(withRule(staffing("LT", 90))).post(SETS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> body = withRule(staffing("LT", 85));
        @SuppressWarnings("unchecked")
        Map<String, Object> rule = ((List<Map<String, Object>>) ((Map<String, Object>) body.get("entry")).get("rules")).get(0);
        rule.put("id", 123_456_789L);
        body.put("version", 0);
        Identification.ministry().body(body).put(SETS + "/{id}", set).then().statusCode(422)
                .body("errors.field", equalTo(List.of("entry.rules[0].id")));
    }

    private static Map<String, Object> staffing(String comparison, Object threshold) {
        Map<String, Object> c = new HashMap<>(Identification.condition(comparison, threshold, 1, 1, null, "NOT_MET"));
        c.put("indicatorId", Campaigns.indicatorId("STAFFING_RATE"));
        c.put("cuts", List.of());
        return c;
    }
}
