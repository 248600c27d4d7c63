package ru.opora.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_KAMENKA1;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Meetings;

/**
 * A protocol goes draft → signed → corrected (a new revision with a reason), its decisions are tracked to done:
 * overdue is computed at a date, the executor reports done with evidence, and an undone decision past its date is
 * proposed for the next meeting's «контроль исполнения решений».
 */
@QuarkusTest
class MeetingWorkflowTest {

    private static final String MEETING = "/api/v1/meetings/{id}";

    @Test
    void aProtocolIsSignedThenCorrectedAsANewRevision() {
        long id = Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool());
        JsonPath draft = Api.as(MO_NIKOLSK).get(MEETING, id).then().statusCode(200).extract().jsonPath();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(List.of("EDIT", "SIGN", "DELETE"), draft.getList("allowed"));
        assertEquals(List.of("1.1", "1.2"), draft.getList("agenda[0].decisions.number"));
        assertFalse(draft.getBoolean("agenda[0].decisions[1].tracked"), "a draft's decisions are not in force yet");
        Api.as(SCHOOL_NIKOLSK1).get(MEETING, id).then().statusCode(404);

        Map<String, Object> edit = Meetings.update(MO_NIKOLSK, id);
        edit.put("place", "зал Управления образования");
        Api.as(MO_NIKOLSK).body(edit).put(MEETING, id).then().statusCode(200).body("place", equalTo("зал Управления образования"));

        Meetings.sign(MO_NIKOLSK, id);
        JsonPath signed = Api.as(SCHOOL_NIKOLSK1).get(MEETING, id).then().statusCode(200).extract().jsonPath();
        assertEquals("SIGNED", signed.getString("status"));
        assertEquals(List.of(), signed.getList("allowed"), "the school reads the signed protocol, it does not keep it");
        assertEquals(List.of("CORRECT"), Api.as(MO_NIKOLSK).get(MEETING, id).then().extract().jsonPath().getList("allowed"));

        Map<String, Object> late = Meetings.update(MO_NIKOLSK, id);
        late.put("place", "Другое место");
        Api.as(MO_NIKOLSK).body(late).put(MEETING, id).then().statusCode(409)
                .body("detail", containsString("подписан"));
        long version = Meetings.version(MO_NIKOLSK, id);
        Api.as(MO_NIKOLSK).body(Map.of("action", "CORRECT", "version", version))
                .post(MEETING + "/transitions", id).then().statusCode(422).body("errors[0].field", equalTo("reason"));
        Api.as(MO_NIKOLSK).body(Map.of("action", "CORRECT", "version", version, "reason", "Опечатка в дате срока"))
                .post(MEETING + "/transitions", id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("revision", equalTo(2))
                .body("revisionReason", equalTo("Опечатка в дате срока"));
        // A protocol under correction stays visible below and its decisions stay in force.
        Api.as(SCHOOL_NIKOLSK1).get(MEETING, id).then().statusCode(200).body("agenda[0].decisions[1].tracked", equalTo(true));

        Map<String, Object> fixed = Meetings.update(MO_NIKOLSK, id);
        decisionOf(fixed, 0, 1).put("dueOn", "2025-11-06");
        Api.as(MO_NIKOLSK).body(fixed).put(MEETING, id).then().statusCode(200)
                .body("agenda[0].decisions[1].dueOn", equalTo("2025-11-06"));
        Meetings.sign(MO_NIKOLSK, id);

        List<Map<String, Object>> history = Api.as(MO_NIKOLSK).get(MEETING + "/history", id).then().statusCode(200)
                .extract().jsonPath().getList("");
        assertEquals(List.of("SIGNED", 2, true), List.of(history.get(0).get("status"), history.get(0).get("revision"),
                history.get(0).get("signedCopy")), "newest first: the signed second revision");
        assertTrue(history.stream().anyMatch(h -> h.get("status").equals("DRAFT") && h.get("revision").equals(2)
                && "Опечатка в дате срока".equals(h.get("revisionReason"))));
        assertTrue(history.stream().anyMatch(h -> h.get("status").equals("SIGNED") && h.get("revision").equals(1)
                && h.get("signedCopy").equals(true)));
        assertEquals(1, history.get(history.size() - 1).get("revision"));

        String first = ProtocolDocumentTest.text(Api.as(MO_NIKOLSK).accept("*/*").queryParam("revision", 1)
                .get(MEETING + "/protocol", id).then().statusCode(200).extract().asByteArray());
        String second = ProtocolDocumentTest.text(Api.as(MO_NIKOLSK).accept("*/*")
                .get(MEETING + "/protocol", id).then().statusCode(200).extract().asByteArray());
        assertTrue(first.contains("Срок: 30.10.2025."), "the first signed revision is kept as it was signed");
        assertTrue(second.contains("Срок: 06.11.2025.") && second.contains("Причина исправления: Опечатка в дате срока"));
        Api.as(MO_NIKOLSK).accept("*/*").queryParam("revision", 7).get(MEETING + "/protocol", id).then().statusCode(404);
    }

    @Test
    void aDecisionIsOverdueTheDayAfterItsDueDateUntilItsExecutorReportsItDone() {
        long id = Meetings.signedForSchool();
        long decision = Meetings.decision(MO_NIKOLSK, id, "1.2");
        assertFalse(overdue(id, decision, "2025-10-30"), "on its due date it is still in time");
        assertTrue(overdue(id, decision, "2025-10-31"));
        Api.as(MO_NIKOLSK).queryParam("asOf", "2025-10-31").get(MEETING, id).then().statusCode(200)
                .body("agenda[0].decisions[1].overdue", equalTo(true))
                .body("agenda[0].decisions[0].tracked", equalTo(false));
        Api.as(SCHOOL_NIKOLSK1).queryParams(Map.of("assigned", "true", "overdue", "true", "asOf", "2025-10-31", "size", 100))
                .get("/api/v1/decisions").then().statusCode(200).body("items.id", hasItem((int) decision));

        JsonPath before = decisionView(SCHOOL_NIKOLSK1, id, decision, "2025-10-31");
        assertEquals(List.of("COMPLETE"), before.getList("allowed"));
        Api.as(SCHOOL_NIKOLSK1).body(Meetings.completion("Отчёт размещён на сайте", before.getLong("version")))
                .post("/api/v1/decisions/{id}/completion", decision).then().statusCode(200)
                .body("status", equalTo("DONE")).body("doneBy", equalTo("school.nikolsk1"))
                .body("evidence[0].title", equalTo("Отчёт на сайте")).body("allowed", equalTo(List.of()));
        assertFalse(overdue(id, decision, "2025-10-31"), "done is done whatever the date");
        assertFalse(overdue(id, decision, "2030-01-01"));
        Api.as(MO_NIKOLSK).queryParam("asOf", "2025-10-31").get("/api/v1/meetings").then().statusCode(200);
        JsonPath closed = decisionView(MO_NIKOLSK, id, decision, "2025-10-31");
        assertEquals("DONE", closed.getString("status"));
        assertEquals("Отчёт размещён на сайте", closed.getString("doneText"));
    }

    @Test
    void onlyTheExecutorReportsADecisionDoneOnceWithEvidenceAndTheVersionItRead() {
        long id = Meetings.signedForSchool();
        long decision = Meetings.decision(MO_NIKOLSK, id, "1.2");
        long version = decisionView(SCHOOL_NIKOLSK1, id, decision, "2025-10-31").getLong("version");
        Api.as(MO_NIKOLSK).body(Meetings.completion("Сделано", version)).post("/api/v1/decisions/{id}/completion", decision)
                .then().statusCode(403);
        Api.as(SCHOOL_KAMENKA1).body(Meetings.completion("Сделано", version)).post("/api/v1/decisions/{id}/completion", decision)
                .then().statusCode(404);
        Api.as(SCHOOL_NIKOLSK1).body(Map.of("doneText", "Сделано", "evidence", List.of(), "version", version))
                .post("/api/v1/decisions/{id}/completion", decision).then().statusCode(422)
                .body("errors[0].field", equalTo("evidence"));
        Api.as(SCHOOL_NIKOLSK1).body(Meetings.completion("Сделано", version + 3))
                .post("/api/v1/decisions/{id}/completion", decision).then().statusCode(409);
        Api.as(SCHOOL_NIKOLSK1).body(Meetings.completion("Сделано", version))
                .post("/api/v1/decisions/{id}/completion", decision).then().statusCode(200);
        Api.as(SCHOOL_NIKOLSK1).body(Meetings.completion("Ещё раз", version + 1))
                .post("/api/v1/decisions/{id}/completion", decision).then().statusCode(409)
                .body("detail", containsString("уже"));
        long noted = Meetings.decision(MO_NIKOLSK, id, "1.1");
        Api.as(SCHOOL_NIKOLSK1).body(Meetings.completion("Сделано", 0)).post("/api/v1/decisions/{id}/completion", noted)
                .then().statusCode(403);

        // The executor's done report survives a correction, and a done decision cannot be dropped from it.
        long version2 = Meetings.version(MO_NIKOLSK, id);
        Api.as(MO_NIKOLSK).body(Map.of("action", "CORRECT", "version", version2, "reason", "Уточнение"))
                .post(MEETING + "/transitions", id).then().statusCode(200)
                .body("agenda[0].decisions[1].status", equalTo("DONE"));
        Map<String, Object> dropped = Meetings.update(MO_NIKOLSK, id);
        decisions(dropped, 0).remove(1);
        Api.as(MO_NIKOLSK).body(dropped).put(MEETING, id).then().statusCode(409).body("detail", containsString("1.2"));
    }

    @Test
    void aDraftsDecisionsAreNotInForce() {
        long id = Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool());
        long decision = Meetings.decision(MO_NIKOLSK, id, "1.2");
        Api.as(SCHOOL_NIKOLSK1).body(Meetings.completion("Сделано", 0)).post("/api/v1/decisions/{id}/completion", decision)
                .then().statusCode(404);
        Api.as(SCHOOL_NIKOLSK1).queryParams(Map.of("assigned", "true", "size", 100)).get("/api/v1/decisions").then()
                .statusCode(200).body("items.id", not(hasItem((int) decision)));
        Api.as(MO_NIKOLSK).queryParams(Map.of("meetingId", id)).get("/api/v1/decisions").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void undoneDecisionsPastTheirDateAreProposedForTheNextMeetingsControl() {
        long first = Meetings.signedForSchool();
        long overdue = Meetings.decision(MO_NIKOLSK, first, "1.2");
        Map<String, Object> next = Meetings.nikolsk("2025-11-20", Meetings.organisation("SCHOOL", Api.schoolId("5818003401")),
                "2025-12-20");
        long second = Meetings.create(MO_NIKOLSK, next);
        JsonPath draft = Api.as(MO_NIKOLSK).get(MEETING, second).then().statusCode(200).extract().jsonPath();
        assertTrue(draft.getList("controlProposals.id", Long.class).contains(overdue),
                "decision 1.2 of 16.10.2025 was due on 30.10.2025 and is not done");
        assertEquals(List.of(), Api.as(SCHOOL_NIKOLSK1).get(MEETING, first).then().extract().jsonPath().getList("controlProposals"));

        Map<String, Object> withControl = Meetings.update(MO_NIKOLSK, second);
        List<Map<String, Object>> agenda = new ArrayList<>((List<Map<String, Object>>) withControl.get("agenda"));
        agenda.add(new HashMap<>(Map.of("title", "О контроле исполнения решений", "controlledDecisionIds", List.of(overdue),
                "decisions", List.of(Map.of("number", "2.1", "text", "Продлить срок исполнения решения 1.2 до 20.12.2025.",
                        "executor", Meetings.organisation("SCHOOL", Api.schoolId("5818003401")), "dueOn", "2025-12-20")))));
        withControl.put("agenda", agenda);
        JsonPath saved = Api.as(MO_NIKOLSK).body(withControl).put(MEETING, second).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(overdue), saved.getList("agenda[1].controlledDecisions.id", Long.class));
        assertFalse(saved.getList("controlProposals.id", Long.class).contains(overdue), "taken into the agenda");
        Meetings.sign(MO_NIKOLSK, second);
        String protocol = ProtocolDocumentTest.text(Api.as(MO_NIKOLSK).accept("*/*").get(MEETING + "/protocol", second)
                .then().statusCode(200).extract().asByteArray());
        assertTrue(protocol.contains("Контроль исполнения решений"));
        assertTrue(protocol.contains("1.2. Разместить на сайте") && protocol.contains("не исполнено"), protocol);

        // Another organisation's decisions cannot be controlled here.
        long kamenka = Meetings.create(MO_KAMENKA, Meetings.nikolsk("2025-11-21", null, null));
        Map<String, Object> foreign = Meetings.update(MO_KAMENKA, kamenka);
        ((List<Map<String, Object>>) foreign.get("agenda")).get(0).put("controlledDecisionIds", List.of(overdue));
        decisions(foreign, 0).get(1).put("executor", null);
        Api.as(MO_KAMENKA).body(foreign).put(MEETING, kamenka).then().statusCode(422)
                .body("errors[0].field", equalTo("agenda[0].controlledDecisionIds[0]"));
    }

    @Test
    void theProtocolIsVisibleByLevelAndKeptOnlyByItsOwner() {
        long id = Meetings.signedForSchool();
        Api.as(MINISTRY_PENZA).get(MEETING, id).then().statusCode(200).body("allowed", equalTo(List.of()));
        Api.as(MO_KAMENKA).get(MEETING, id).then().statusCode(404);
        Api.as(SCHOOL_KAMENKA1).get(MEETING, id).then().statusCode(404);
        Api.as(MINISTRY_PENZA).body(Map.of("action", "CORRECT", "version", Meetings.version(MO_NIKOLSK, id), "reason", "x"))
                .post(MEETING + "/transitions", id).then().statusCode(403);
        Api.as(MO_NIKOLSK).queryParams(Map.of("size", 100, "q", "рабочей группы координаторов")).get("/api/v1/meetings")
                .then().statusCode(200).body("items.id", hasItem((int) id));
        Api.as(MO_KAMENKA).queryParams(Map.of("size", 100)).get("/api/v1/meetings")
                .then().statusCode(200).body("items.id", not(hasItem((int) id)));
    }

    @Test
    void aNeverSignedDraftCanBeDeletedASignedOneCannot() {
        long draft = Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool());
        Api.as(MO_NIKOLSK).delete(MEETING, draft).then().statusCode(204);
        Api.as(MO_NIKOLSK).get(MEETING, draft).then().statusCode(404);
        long signed = Meetings.signedForSchool();
        Api.as(MO_NIKOLSK).delete(MEETING, signed).then().statusCode(409);
    }

    @Test
    void aMeetingNotYetHeldCannotBeSignedNorAProtocolWithoutQuestions() {
        long future = Meetings.create(MO_NIKOLSK, Meetings.nikolsk("2099-01-15", null, null));
        Api.as(MO_NIKOLSK).body(Map.of("action", "SIGN", "version", Meetings.version(MO_NIKOLSK, future)))
                .post(MEETING + "/transitions", future).then().statusCode(409).body("detail", containsString("не состоялось"));
        Map<String, Object> empty = Meetings.nikolsk("2025-10-16", null, null);
        empty.put("agenda", List.of());
        long blank = Meetings.create(MO_NIKOLSK, empty);
        Api.as(MO_NIKOLSK).body(Map.of("action", "SIGN", "version", Meetings.version(MO_NIKOLSK, blank)))
                .post(MEETING + "/transitions", blank).then().statusCode(409).body("detail", containsString("вопроса"));
    }

    static boolean overdue(long meeting, long decision, String asOf) {
        return decisionView(MO_NIKOLSK, meeting, decision, asOf).getBoolean("overdue");
    }

    /** The decision as the list of its meeting's decisions shows it to the actor at a date. */
    static JsonPath decisionView(ru.opora.support.Actor actor, long meeting, long decision, String asOf) {
        List<Map<String, Object>> items = Api.as(actor).queryParams(Map.of("asOf", asOf, "size", 100,
                        "meetingId", meeting)).get("/api/v1/decisions").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> found = items.stream().filter(d -> ((Number) d.get("id")).longValue() == decision)
                .findFirst().orElseThrow();
        return new JsonPath(toJson(found));
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> decisions(Map<String, Object> update, int item) {
        return (List<Map<String, Object>>) ((List<Map<String, Object>>) update.get("agenda")).get(item).get("decisions");
    }

    static Map<String, Object> decisionOf(Map<String, Object> update, int item, int decision) {
        return decisions(update, item).get(decision);
    }
}
