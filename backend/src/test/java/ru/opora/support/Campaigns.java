package ru.opora.support;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collection campaigns made through the HTTP API, as a ministry or a municipality would. Each test takes its own
 * period (a year nobody else uses), because values of one school and period are shared between campaigns.
 */
public final class Campaigns {

    public static final String FORM = "/api/v1/campaigns/{c}/forms/{s}";

    /**
     * Years no other test uses, one per fixture that writes values: 2061–2100 (ValueImportTest writes 2041–2056,
     * ServiceAccountTest 2058–2059, AssessmentImportTest 2071–2073 for other indicators), then 2001–2010 and
     * 2014–2020 (AnalyticsTest writes 2011–2013), since a campaign's year is at most 2100 and one suite makes more
     * than 50 fixtures.
     */
    private static final java.util.concurrent.atomic.AtomicInteger FIXTURES = new java.util.concurrent.atomic.AtomicInteger();

    private static int nextYear() {
        int n = FIXTURES.getAndIncrement();
        if (n >= 57) {
            throw new IllegalStateException("Campaigns.fresh: no unused year left for fixture " + n);
        }
        return n < 40 ? 2061 + n : n < 50 ? 2001 + (n - 40) : 2014 + (n - 50);
    }

    private Campaigns() {
    }

    /** A school's form in a fresh open campaign over Никольский район, brought to a stage by its users. */
    public record FormFixture(long campaign, long school) {
    }

    public enum Stage { OPEN, SUBMITTED, ACCEPTED }

    public static FormFixture fresh(Stage stage) {
        long campaign = openInNikolsk(Integer.toString(nextYear()), List.of("STAFFING_RATE"));
        long school = Api.schoolId("5818003401");
        if (stage != Stage.OPEN) {
            JsonPath form = form(Actor.SCHOOL_NIKOLSK1, campaign, school);
            // Commented, so that the value stands whatever another test's fixture left in the year before it (a change
            // beyond the indicator's allowed change needs a comment).
            Map<String, Object> value = number(form, "STAFFING_RATE", 92);
            value.put("comment", "Тестовое значение");
            form = Api.as(Actor.SCHOOL_NIKOLSK1).body(values(value))
                    .put(FORM + "/values", campaign, school).then().statusCode(200).extract().jsonPath();
            form = Api.as(Actor.SCHOOL_NIKOLSK1).body(Map.of("version", form.getLong("version")))
                    .post(FORM + "/submission", campaign, school).then().statusCode(200).extract().jsonPath();
            if (stage == Stage.ACCEPTED) {
                Api.as(Actor.MO_NIKOLSK).body(Map.of("decision", "ACCEPT", "version", form.getLong("version")))
                        .post(FORM + "/review", campaign, school).then().statusCode(200);
            }
        }
        return new FormFixture(campaign, school);
    }

    public static long formVersion(FormFixture fixture) {
        return form(Actor.SCHOOL_NIKOLSK1, fixture.campaign(), fixture.school()).getLong("version");
    }

    /** A fresh indicator of the region of Penza, as its ministry adds one. */
    public static Map<String, Object> regionalIndicator(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Индекс школьного климата " + code);
        body.put("groupCode", "VARIABLE");
        body.put("valueType", "NUMBER");
        body.put("better", "HIGHER");
        body.put("source", "SURVEY");
        body.put("periodicity", "YEAR");
        body.put("minValue", 0);
        body.put("maxValue", 10);
        return body;
    }

    /** The version of the region of Penza's target set of an indicator, as its ministry reads it. */
    public static long targetsVersion(int indicatorId) {
        return Api.as(Actor.MINISTRY_PENZA).get("/api/v1/indicators/{id}", indicatorId).then().statusCode(200)
                .extract().jsonPath().getLong("targetsVersion");
    }

    public static int indicatorId(String code) {
        return Api.as(Actor.MINISTRY_PENZA).queryParam("q", code).get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath().getInt("find { it.code == '" + code + "' }.id");
    }

    public static Map<String, Object> body(String name, String period, List<String> indicatorCodes, Map<String, Object> target) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("period", period);
        body.put("opensOn", "2026-01-10");
        body.put("deadline", "2026-02-10");
        body.put("indicatorIds", indicatorCodes.stream().map(Campaigns::indicatorId).toList());
        body.put("target", target == null ? null : target(target));
        return body;
    }

    /** A whole target rule as the contract declares it: the lists not given are empty. */
    public static Map<String, Object> target(Map<String, Object> given) {
        Map<String, Object> target = new HashMap<>(Map.of("schoolIds", List.of(), "categories", List.of(),
                "municipalityIds", List.of()));
        target.putAll(given);
        return target;
    }

    public static long create(Actor owner, Map<String, Object> body) {
        return Api.as(owner).body(body).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long version(Actor actor, long campaignId) {
        return Api.as(actor).get("/api/v1/campaigns/{id}", campaignId).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    public static void open(Actor owner, long campaignId) {
        Api.as(owner).body(Map.of("action", "OPEN", "version", version(owner, campaignId)))
                .post("/api/v1/campaigns/{id}/transitions", campaignId).then().statusCode(200);
    }

    /** An open campaign of the ministry of Penza over Никольский район for the period. */
    public static long openInNikolsk(String period, List<String> indicatorCodes) {
        long id = create(Actor.MINISTRY_PENZA, body("Сбор " + period, period, indicatorCodes,
                Map.of("municipalityIds", List.of(Api.municipalityId("56651000")))));
        open(Actor.MINISTRY_PENZA, id);
        return id;
    }

    public static JsonPath form(Actor actor, long campaignId, long schoolId) {
        return Api.as(actor).get(FORM, campaignId, schoolId).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** The field of the form for an indicator (and a disaggregation key, "" for the whole school). */
    public static Map<String, Object> field(JsonPath form, String code, String key) {
        for (Map<String, Object> group : form.<Map<String, Object>>getList("groups")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fields = (List<Map<String, Object>>) group.get("fields");
            for (Map<String, Object> field : fields) {
                if (field.get("code").equals(code) && field.get("disaggregation").equals(key)) {
                    return field;
                }
            }
        }
        throw new AssertionError("no field " + code + " " + key);
    }

    /** A value for the save body, with the version the field has in the form. */
    public static Map<String, Object> number(JsonPath form, String code, Object number) {
        return value(form, code, "", "number", number);
    }

    public static Map<String, Object> value(JsonPath form, String code, String key, String kind, Object value) {
        Map<String, Object> field = field(form, code, key);
        Map<String, Object> body = new HashMap<>();
        body.put("indicatorId", field.get("indicatorId"));
        body.put("disaggregation", key);
        body.put(kind, value);
        body.put("version", field.get("version"));
        return body;
    }

    public static Map<String, Object> values(Map<String, Object>... values) {
        return Map.of("values", new ArrayList<>(List.of(values)));
    }
}
