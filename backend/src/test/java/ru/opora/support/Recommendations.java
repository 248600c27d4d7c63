package ru.opora.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Recommendations made through the HTTP API as their issuers would. */
public final class Recommendations {

    private Recommendations() {
    }

    public static Map<String, Object> toSchool(long schoolId, String dueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("addressee", Map.of("type", "SCHOOL", "id", schoolId));
        body.put("audiences", List.of("ADMINISTRATION", "TEACHERS"));
        body.put("text", "Провести анализ внутренних и внешних причин низких результатов ВПР по математике в 5 классах");
        body.put("basis", Map.of("kind", "INDICATOR_ANALYSIS", "reference", "Анализ результатов ВПР 2026 г., математика, 5 класс"));
        body.put("dueOn", dueOn);
        return body;
    }

    /** Due in a month from today, so that the issuing date check passes whenever the tests run. */
    public static String inAMonth() {
        return LocalDate.now().plusMonths(1).toString();
    }

    /** A recommendation of Никольский район to МБОУ СОШ № 1 г. Никольска. */
    public static long issuedToNikolskSchool() {
        return Api.as(Actor.MO_NIKOLSK).body(toSchool(Api.schoolId("5818003401"), inAMonth()))
                .post("/api/v1/recommendations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long version(Actor actor, long id) {
        return Api.as(actor).get("/api/v1/recommendations/{id}", id).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    public static Map<String, Object> update(Actor actor, long id) {
        Map<String, Object> view = Api.as(actor).get("/api/v1/recommendations/{id}", id).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> body = new HashMap<>();
        for (String key : List.of("audiences", "text", "basis", "dueOn", "version")) {
            body.put(key, view.get(key));
        }
        return body;
    }

    public static Map<String, Object> transition(String action, long version, String text, boolean evidence) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("version", version);
        body.put("text", text);
        body.put("evidence", evidence ? List.of(Map.of("url", "https://school1-nikolsk.example.ru/vpr-analiz",
                "title", "Анализ причин на сайте школы")) : List.of());
        return body;
    }
}
