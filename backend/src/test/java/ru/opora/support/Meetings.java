package ru.opora.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Meetings made through the HTTP API as their owners would. The model is seed 000, the protocol of the
 * Никольский район working group of 16.10.2020 (here 16.10.2025: years shifted like the Никольский roadmap).
 */
public final class Meetings {

    public static final String AUTHORITY = "Управление образования администрации Никольского района Пензенской области";
    public static final String TITLE = "заседания рабочей группы координаторов, ответственных за реализацию муниципальных"
            + " управленческих механизмов в сфере образования и дорожных карт по направлениям Концепции муниципальной"
            + " системы оценки качества образования";
    public static final String QUESTION = "О выполнении дорожной карты по направлению «Организация работы со школами"
            + " с низкими образовательными результатами» Концепции муниципальной системы оценки качества образования"
            + " Никольского района Пензенской области за I полугодие 2025 года";

    private Meetings() {
    }

    /** The seed-000 protocol with decision 1.2 executed by {@code executor} by {@code dueOn}. */
    public static Map<String, Object> nikolsk(String heldOn, Map<String, Object> executor, String dueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("bodyKind", "WORKING_GROUP");
        body.put("authority", AUTHORITY);
        body.put("title", TITLE);
        body.put("heldOn", heldOn);
        body.put("format", "IN_PERSON");
        body.put("chair", "Н. П. Кутькова");
        body.put("secretary", "А.Ю.Сидорова");
        body.put("attendeesCount", 5);
        Map<String, Object> item = new HashMap<>();
        item.put("title", QUESTION);
        item.put("heard", List.of(Map.of("speaker",
                "и.о. начальника Управления образования администрации Никольского района Пензенской области Н.П. Кутькову",
                "summary", "по вопросу «" + QUESTION + "»")));
        item.put("votes", Map.of("unanimous", true));
        List<Map<String, Object>> decisions = new ArrayList<>();
        decisions.add(new HashMap<>(Map.of("number", "1.1", "text", "Информацию принять к сведению.")));
        Map<String, Object> publish = new HashMap<>();
        publish.put("number", "1.2");
        publish.put("text", "Разместить на сайте Управления образования «Отчет о выполнении дорожной карты»"
                + " за I полугодие 2025 года (Приложение 1).");
        publish.put("executor", executor);
        publish.put("executorName", "Управление образования администрации Никольского района");
        publish.put("dueOn", dueOn);
        decisions.add(publish);
        item.put("decisions", decisions);
        body.put("agenda", new ArrayList<>(List.of(item)));
        return body;
    }

    public static Map<String, Object> organisation(String type, long id) {
        return Map.of("type", type, "id", id);
    }

    /** The Никольский protocol with decision 1.2 for МБОУ СОШ № 1 г. Никольска, due 30.10.2025. */
    public static Map<String, Object> forNikolskSchool() {
        return nikolsk("2025-10-16", organisation("SCHOOL", Api.schoolId("5818003401")), "2025-10-30");
    }

    public static long create(Actor owner, Map<String, Object> body) {
        return Api.as(owner).body(body).post("/api/v1/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> view(Actor actor, long id) {
        return Api.as(actor).get("/api/v1/meetings/{id}", id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    public static long version(Actor actor, long id) {
        return ((Number) view(actor, id).get("version")).longValue();
    }

    public static void sign(Actor owner, long id) {
        Api.as(owner).body(Map.of("action", "SIGN", "version", version(owner, id)))
                .post("/api/v1/meetings/{id}/transitions", id).then().statusCode(200);
    }

    /** A signed protocol of Никольский район with decision 1.2 for МБОУ СОШ № 1 г. Никольска. */
    public static long signedForSchool() {
        long id = create(Actor.MO_NIKOLSK, forNikolskSchool());
        sign(Actor.MO_NIKOLSK, id);
        return id;
    }

    /** The id of the meeting's decision with this number. */
    @SuppressWarnings("unchecked")
    public static long decision(Actor actor, long meetingId, String number) {
        List<Map<String, Object>> agenda = (List<Map<String, Object>>) view(actor, meetingId).get("agenda");
        return agenda.stream().flatMap(a -> ((List<Map<String, Object>>) a.get("decisions")).stream())
                .filter(d -> number.equals(d.get("number"))).map(d -> ((Number) d.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    public static Map<String, Object> completion(String text, long version) {
        return Map.of("doneText", text, "version", version,
                "evidence", List.of(Map.of("url", "https://nikolsk-edu.example.ru/otchet-2025-h1", "title", "Отчёт на сайте")));
    }

    /** The body of a PUT that keeps the protocol as it is now (ids included), ready to be changed. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> update(Actor owner, long id) {
        Map<String, Object> view = view(owner, id);
        Map<String, Object> body = new HashMap<>();
        for (String key : List.of("bodyKind", "authority", "title", "number", "heldOn", "place", "format", "chair", "secretary",
                "participants", "attendeesCount", "version")) {
            body.put(key, view.get(key));
        }
        body.put("workingGroupId", view.get("workingGroup") == null ? null
                : ((Map<String, Object>) view.get("workingGroup")).get("id"));
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) view.get("agenda")) {
            Map<String, Object> item = new HashMap<>();
            item.put("id", a.get("id"));
            item.put("title", a.get("title"));
            item.put("heard", a.get("heard"));
            item.put("spoke", a.get("spoke"));
            item.put("votes", a.get("votes"));
            item.put("controlledDecisionIds", ((List<Map<String, Object>>) a.get("controlledDecisions")).stream()
                    .map(d -> d.get("id")).toList());
            List<Map<String, Object>> decisions = new ArrayList<>();
            for (Map<String, Object> d : (List<Map<String, Object>>) a.get("decisions")) {
                Map<String, Object> decision = new HashMap<>();
                for (String key : List.of("id", "number", "text", "executorName", "executorPerson", "dueOn")) {
                    decision.put(key, d.get(key));
                }
                decision.put("executor", d.get("executor") == null ? null : Map.of(
                        "type", ((Map<String, Object>) d.get("executor")).get("type"),
                        "id", ((Map<String, Object>) d.get("executor")).get("id")));
                decision.put("related", d.get("related") == null ? null : Map.of(
                        "type", ((Map<String, Object>) d.get("related")).get("type"),
                        "id", ((Map<String, Object>) d.get("related")).get("id")));
                decisions.add(decision);
            }
            item.put("decisions", decisions);
            agenda.add(item);
        }
        body.put("agenda", agenda);
        return body;
    }
}
