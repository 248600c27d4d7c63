package ru.opora.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Criteria sets of a demo region made through the HTTP API, as its ministry would. */
public final class CriteriaSets {

    public static final String SETS = "/api/v1/identification/criteria-sets";

    private CriteriaSets() {
    }

    /** A set for the list of {@code year}: «2» in grade 4 ВПР of at least 30 % two years running. */
    public static Map<String, Object> body(int year, String category, String name) {
        Map<String, Object> condition = new HashMap<>();
        condition.put("indicatorId", Campaigns.indicatorId("VPR_MARK_2"));
        condition.put("cuts", List.of("GRADE=4;SUBJECT=MATH", "GRADE=4;SUBJECT=RUS"));
        condition.put("cutMatch", "ANY");
        condition.put("minCuts", null);
        condition.put("comparison", "GE");
        condition.put("threshold", 30);
        condition.put("yearsRequired", 2);
        condition.put("yearsWindow", 2);
        condition.put("minParticipants", null);
        condition.put("missingData", "NOT_MET");
        Map<String, Object> rule = new HashMap<>();
        rule.put("id", null);
        rule.put("label", "Доля «2» по ВПР");
        rule.put("condition", condition);
        Map<String, Object> entry = new HashMap<>();
        entry.put("combination", "ANY");
        entry.put("atLeast", null);
        entry.put("rules", List.of(rule));
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("category", category);
        body.put("name", name);
        body.put("note", null);
        body.put("entry", entry);
        body.put("exit", null);
        body.put("version", null);
        return body;
    }

    public static long create(Actor ministry, Map<String, Object> body) {
        return Api.as(ministry).body(body).post(SETS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long create(Actor ministry, int year) {
        return create(ministry, body(year, "SHNOR", "Критерии " + year));
    }

    public static long version(Actor actor, long setId) {
        return Api.as(actor).get(SETS + "/{id}", setId).then().statusCode(200).extract().jsonPath().getLong("version");
    }
}
