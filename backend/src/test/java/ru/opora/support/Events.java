package ru.opora.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Methodological events recorded through the HTTP API as their organisers would. */
public final class Events {

    private Events() {
    }

    public static Map<String, Object> seminar(String heldOn, Long roadmapItemId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "SEMINAR");
        body.put("heldOn", heldOn);
        body.put("topic", "Анализ результатов ВПР и планирование работы ШНОР");
        body.put("publicationUrl", "https://nikolsk-edu.example.ru/news/seminar-vpr");
        long school = Api.schoolId("5818003401");
        body.put("audience", Map.of("schoolIds", List.of(school), "categories", List.of("SHNOR"), "municipalityIds", List.of()));
        body.put("attendance", List.of(Map.of("schoolId", school, "participants", 4)));
        body.put("roadmapItemId", roadmapItemId);
        return body;
    }

    public static long create(Actor organiser, Map<String, Object> body) {
        return Api.as(organiser).body(body).post("/api/v1/events").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long version(Actor actor, long id) {
        return Api.as(actor).get("/api/v1/events/{id}", id).then().statusCode(200).extract().jsonPath().getLong("version");
    }
}
