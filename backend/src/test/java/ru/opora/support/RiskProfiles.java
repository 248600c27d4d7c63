package ru.opora.support;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Risk profiles of МБОУ СОШ № 1 г. Никольска made through the API; each fixture takes a year nobody else uses. */
public final class RiskProfiles {

    public static final String PROFILE = "/api/v1/schools/{s}/risk-profiles/{y}";
    /** Years 2061 on are free of demo profiles and of other tests' profiles of the school. */
    private static final AtomicInteger YEARS = new AtomicInteger(2030);

    private RiskProfiles() {
    }

    public record Fixture(long school, int year) {
    }

    public enum Stage { NOT_STARTED, DRAFT, SUBMITTED, ACCEPTED }

    public static int nextYear() {
        return YEARS.incrementAndGet();
    }

    public static JsonPath get(Actor actor, long school, int year) {
        return Api.as(actor).get(PROFILE, school, year).then().statusCode(200).extract().jsonPath();
    }

    /** A level for every factor the profile shows: what a school sends when it fills the whole profile. */
    public static Map<String, Object> everyFactor(JsonPath profile, String level) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (Object id : profile.getList("factors.factorId")) {
            Map<String, Object> l = new HashMap<>();
            l.put("factorId", id);
            l.put("level", level);
            l.put("comment", null);
            levels.add(l);
        }
        return Map.of("levels", levels, "version", profile.getLong("version"));
    }

    public static Fixture fresh(Stage stage) {
        long school = Api.schoolId("5818003401");
        int year = nextYear();
        if (stage != Stage.NOT_STARTED) {
            JsonPath profile = get(Actor.SCHOOL_NIKOLSK1, school, year);
            profile = Api.as(Actor.SCHOOL_NIKOLSK1).body(everyFactor(profile, "LOW")).put(PROFILE, school, year).then()
                    .statusCode(200).extract().jsonPath();
            if (stage != Stage.DRAFT) {
                profile = Api.as(Actor.SCHOOL_NIKOLSK1).body(Map.of("version", profile.getLong("version")))
                        .post(PROFILE + "/submission", school, year).then().statusCode(200).extract().jsonPath();
            }
            if (stage == Stage.ACCEPTED) {
                Api.as(Actor.MO_NIKOLSK).body(Map.of("decision", "ACCEPT", "version", profile.getLong("version")))
                        .post(PROFILE + "/review", school, year).then().statusCode(200);
            }
        }
        return new Fixture(school, year);
    }

    public static long version(Fixture fixture) {
        return get(Actor.MINISTRY_PENZA, fixture.school(), fixture.year()).getLong("version");
    }

    public static long factorId(String code) {
        return Api.as(Actor.MINISTRY_PENZA).get("/api/v1/risk-factors").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
    }

    public static Map<String, Object> factor(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Фактор " + code);
        body.put("description", null);
        body.put("position", 50);
        body.put("archived", false);
        body.put("version", null);
        return body;
    }
}
