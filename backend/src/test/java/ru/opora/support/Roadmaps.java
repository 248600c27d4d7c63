package ru.opora.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Roadmaps made through the HTTP API, as their owners would: a draft with one section and items, approved and
 * put into execution, with reports. Years 2025–2026, quarterly, reports due on the 5th.
 */
public final class Roadmaps {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Roadmaps() {
    }

    /** A roadmap with its first section and items. */
    public record Fixture(long id, long sectionId, List<Long> itemIds) {
        public long item() {
            return itemIds.get(0);
        }
    }

    public static Map<String, Object> heading(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("directionCode", "1.2");
        body.put("title", title);
        body.put("goal", "Повышение качества образования в школах с низкими результатами обучения");
        body.put("yearFrom", 2025);
        body.put("yearTo", 2026);
        body.put("periodicity", "QUARTER");
        body.put("reportDueDay", 5);
        return body;
    }

    public static long create(Actor owner, Map<String, Object> body) {
        return Api.as(owner).body(body).post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long section(Actor owner, long roadmapId, String title) {
        return Api.as(owner).body(Map.of("title", title)).post("/api/v1/roadmaps/{id}/sections", roadmapId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> item(long sectionId, String number, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("sectionId", sectionId);
        body.put("number", number);
        body.put("title", "Мероприятие " + number);
        body.put("timeframe", from == null ? "в течение всего периода" : from + " – " + to);
        body.put("wholePeriod", from == null);
        body.put("windows", from == null ? List.of() : List.of(Map.of("from", from, "to", to)));
        body.put("executors", "МОУО");
        body.put("expectedResult", "Результат " + number);
        return body;
    }

    public static long addItem(Actor owner, long roadmapId, Map<String, Object> item) {
        return Api.as(owner).body(item).post("/api/v1/roadmaps/{id}/items", roadmapId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A draft with one section and two items: 1.1 in February–March 2025 and 1.2 for the whole period. */
    public static Fixture draft(Actor owner) {
        long id = create(owner, heading("Дорожная карта " + SEQUENCE.incrementAndGet()));
        long section = section(owner, id, "1. Управленческий блок");
        List<Long> items = new ArrayList<>();
        items.add(addItem(owner, id, item(section, "1.1", "2025-02-01", "2025-03-31")));
        items.add(addItem(owner, id, item(section, "1.2", null, null)));
        return new Fixture(id, section, items);
    }

    public static long version(Actor actor, long roadmapId) {
        return Api.as(actor).get("/api/v1/roadmaps/{id}", roadmapId).then().statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    public static Map<String, Object> document() {
        return Map.of("kind", "Приказ", "number", "70", "date", "2025-01-13",
                "authority", "Управление образования администрации района");
    }

    public static void transition(Actor owner, long roadmapId, String action) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("version", version(owner, roadmapId));
        if (action.equals("APPROVE")) {
            body.put("document", document());
        }
        if (action.equals("REVISE") || action.equals("ARCHIVE")) {
            body.put("reason", "Уточнение сроков");
        }
        Api.as(owner).body(body).post("/api/v1/roadmaps/{id}/transitions", roadmapId).then().statusCode(200);
    }

    /** An approved roadmap in execution. */
    public static Fixture executing(Actor owner) {
        Fixture fixture = draft(owner);
        transition(owner, fixture.id(), "APPROVE");
        transition(owner, fixture.id(), "START");
        return fixture;
    }

    public static Map<String, Object> done(String text, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "DONE");
        body.put("doneText", text);
        body.put("evidence", List.of(Map.of("url", "https://edu.example.ru/docs/prikaz-12.pdf", "title", "Приказ № 12")));
        body.put("version", version);
        return body;
    }

    public static void reportAllDone(Actor owner, Fixture fixture, String period) {
        for (long item : fixture.itemIds()) {
            Api.as(owner).body(done("Сделано по " + item, null))
                    .put("/api/v1/roadmaps/{id}/reports/{p}/items/{i}", fixture.id(), period, item).then().statusCode(200);
        }
    }

    public static long reportVersion(Actor actor, long roadmapId, String period) {
        return Api.as(actor).get("/api/v1/roadmaps/{id}/reports/{p}", roadmapId, period).then().statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    public static void submit(Actor owner, long roadmapId, String period) {
        Api.as(owner).body(Map.of("version", reportVersion(owner, roadmapId, period)))
                .post("/api/v1/roadmaps/{id}/reports/{p}/submission", roadmapId, period).then().statusCode(200);
    }

    /** A roadmap in execution whose 2025-Q1 report is submitted and waits for review. */
    public static Fixture submitted(Actor owner) {
        Fixture fixture = executing(owner);
        reportAllDone(owner, fixture, "2025-Q1");
        submit(owner, fixture.id(), "2025-Q1");
        return fixture;
    }
}
