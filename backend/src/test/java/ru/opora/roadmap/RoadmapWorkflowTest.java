package ru.opora.roadmap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;
import ru.opora.support.Roadmaps.Fixture;

/** A municipal roadmap from draft to an accepted report, as the municipality and the ministry use it. */
@QuarkusTest
class RoadmapWorkflowTest {

    private static final String REPORT = "/api/v1/roadmaps/{id}/reports/{p}";

    @Test
    void draftApprovedReportedSubmittedReturnedResubmittedAccepted() {
        Fixture roadmap = Roadmaps.draft(MO_NIKOLSK);
        JsonPath draft = Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", roadmap.id()).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("level", equalTo("MUNICIPALITY"))
                .body("owner.name", equalTo("Никольский район"))
                .body("sections[0].items.number", contains("1.1", "1.2"))
                .body("allowed", contains("EDIT", "APPROVE", "ARCHIVE"))
                .extract().jsonPath();
        assertEquals(8, draft.getList("periods").size(), "2025–2026 has eight quarters");
        // The school of the municipality does not see a first draft; the ministry does.
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/roadmaps/{id}", roadmap.id()).then().statusCode(404);
        Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}", roadmap.id()).then().statusCode(200)
                .body("allowed", contains("REVIEW"));

        Roadmaps.transition(MO_NIKOLSK, roadmap.id(), "APPROVE");
        Roadmaps.transition(MO_NIKOLSK, roadmap.id(), "START");
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/roadmaps/{id}", roadmap.id()).then().statusCode(200)
                .body("status", equalTo("IN_EXECUTION"))
                .body("document.number", equalTo("70"))
                .body("allowed", contains("CASCADE"));

        // Item by item, into a draft report that appears by itself.
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Проведено совещание с руководителями ШНОР", null))
                .put(REPORT + "/items/{i}", roadmap.id(), "2025-Q1", roadmap.item()).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("evidence[0].title", equalTo("Приказ № 12"))
                .body("version", equalTo(0));
        Map<String, Object> inProgress = Map.of("status", "IN_PROGRESS", "doneText", "Идёт подготовка");
        Api.as(MO_NIKOLSK).body(inProgress).put(REPORT + "/items/{i}", roadmap.id(), "2025-Q1", roadmap.itemIds().get(1))
                .then().statusCode(200);
        Api.as(MO_NIKOLSK).get(REPORT, roadmap.id(), "2025-Q1").then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("periodLabel", equalTo("I квартал 2025 г."))
                .body("dueOn", equalTo("2025-04-05"))
                .body("items.status", contains("DONE", "IN_PROGRESS"));

        Roadmaps.submit(MO_NIKOLSK, roadmap.id(), "2025-Q1");
        // A submitted report no longer changes.
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Исправление", 0L))
                .put(REPORT + "/items/{i}", roadmap.id(), "2025-Q1", roadmap.item()).then().statusCode(409);
        assertTrue(reviewQueue(MINISTRY_PENZA).contains(roadmap.id()), "the ministry has it to review");
        assertTrue(!reviewQueue(MO_KAMENKA).contains(roadmap.id()), "another municipality does not");

        long version = Roadmaps.reportVersion(MINISTRY_PENZA, roadmap.id(), "2025-Q1");
        Api.as(MINISTRY_PENZA).body(Map.of("decision", "RETURN", "version", version))
                .post(REPORT + "/review", roadmap.id(), "2025-Q1").then().statusCode(422)
                .body("errors[0].field", equalTo("comment"));
        Api.as(MINISTRY_PENZA).body(Map.of("decision", "RETURN", "comment", "Приложите протокол совещания",
                        "version", version))
                .post(REPORT + "/review", roadmap.id(), "2025-Q1").then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("reviewComment", equalTo("Приложите протокол совещания"))
                .body("reviewedBy", equalTo("ministry.penza"));
        assertTrue(!reviewQueue(MINISTRY_PENZA).contains(roadmap.id()));

        // Returned: editable again, then resubmitted and accepted.
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Проведено совещание, протокол № 3 приложен", 0L))
                .put(REPORT + "/items/{i}", roadmap.id(), "2025-Q1", roadmap.item()).then().statusCode(200)
                .body("version", equalTo(1));
        Roadmaps.submit(MO_NIKOLSK, roadmap.id(), "2025-Q1");
        Api.as(MINISTRY_PENZA).body(Map.of("decision", "ACCEPT",
                        "version", Roadmaps.reportVersion(MINISTRY_PENZA, roadmap.id(), "2025-Q1")))
                .post(REPORT + "/review", roadmap.id(), "2025-Q1").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("reviewComment", nullValue());
        Api.as(MINISTRY_PENZA).body(Map.of("decision", "RETURN", "comment", "ещё раз",
                        "version", Roadmaps.reportVersion(MINISTRY_PENZA, roadmap.id(), "2025-Q1")))
                .post(REPORT + "/review", roadmap.id(), "2025-Q1").then().statusCode(409);

        // The item's panel shows its report over periods; the roadmap shows the period as accepted.
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/roadmaps/{id}/items/{i}/reports", roadmap.id(), roadmap.item())
                .then().statusCode(200)
                .body("period", contains("2025-Q1"))
                .body("[0].doneText", equalTo("Проведено совещание, протокол № 3 приложен"))
                .body("[0].reportStatus", equalTo("ACCEPTED"));
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", roadmap.id()).then().statusCode(200)
                .body("periods.find { it.code == '2025-Q1' }.reportStatus", equalTo("ACCEPTED"))
                .body("sections[0].items[0].lastStatus", equalTo("DONE"));
    }

    @Test
    void aReportIsSubmittedOnlyWithEveryItemThatHasBegun() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null))
                .put(REPORT + "/items/{i}", roadmap.id(), "2025-Q1", roadmap.item()).then().statusCode(200);
        long version = Roadmaps.reportVersion(MO_NIKOLSK, roadmap.id(), "2025-Q1");
        Api.as(MO_NIKOLSK).body(Map.of("version", version))
                .post(REPORT + "/submission", roadmap.id(), "2025-Q1").then().statusCode(422)
                .body("errors.field", contains("items[1.2]"))
                .body("detail", containsString("1.2"));
        Api.as(MO_NIKOLSK).get(REPORT, roadmap.id(), "2025-Q1").then().body("status", equalTo("DRAFT"));
    }

    @Test
    void twoEditorsOfOneItemReportTheSecondGetsAConflictAndNothingIsLost() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Первая запись", null))
                .put(REPORT + "/items/{i}", roadmap.id(), "2025-Q2", roadmap.item()).then().statusCode(200);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Правка первого", 0L))
                .put(REPORT + "/items/{i}", roadmap.id(), "2025-Q2", roadmap.item()).then().statusCode(200);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Правка второго по устаревшей версии", 0L))
                .put(REPORT + "/items/{i}", roadmap.id(), "2025-Q2", roadmap.item()).then().statusCode(409)
                .body("type", equalTo("urn:opora:problem:stale-version"));
        // Creating an entry that someone else has just created is a conflict too, not an overwrite.
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Тоже первая запись", null))
                .put(REPORT + "/items/{i}", roadmap.id(), "2025-Q2", roadmap.item()).then().statusCode(409);
        Api.as(MO_NIKOLSK).get(REPORT, roadmap.id(), "2025-Q2").then()
                .body("items[0].doneText", equalTo("Правка первого"));
        // The roadmap heading is versioned as well.
        Api.as(MO_NIKOLSK).body(Map.of("action", "COMPLETE", "version", 0))
                .post("/api/v1/roadmaps/{id}/transitions", roadmap.id()).then().statusCode(409);
    }

    @Test
    void anApprovedRoadmapChangesOnlyThroughANewRevisionAndKeepsItsHistory() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).body(Roadmaps.item(roadmap.sectionId(), "1.3", "2025-05-01", "2025-05-31"))
                .post("/api/v1/roadmaps/{id}/items", roadmap.id()).then().statusCode(409)
                .body("detail", containsString("REVISE"));
        Api.as(MO_NIKOLSK).body(Map.of("action", "REVISE", "version", Roadmaps.version(MO_NIKOLSK, roadmap.id())))
                .post("/api/v1/roadmaps/{id}/transitions", roadmap.id()).then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        Roadmaps.transition(MO_NIKOLSK, roadmap.id(), "REVISE");
        Roadmaps.addItem(MO_NIKOLSK, roadmap.id(), Roadmaps.item(roadmap.sectionId(), "1.3", "2025-05-01", "2025-05-31"));
        // Under revision it stays visible to the schools, with the approved document shown until re-approval.
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/roadmaps/{id}", roadmap.id()).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(2))
                .body("revisionReason", equalTo("Уточнение сроков"));
        Roadmaps.transition(MO_NIKOLSK, roadmap.id(), "APPROVE");
        List<Map<String, Object>> history = Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/history", roadmap.id())
                .then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(List.of("APPROVED", "DRAFT", "IN_EXECUTION", "APPROVED", "DRAFT"),
                history.stream().map(h -> h.get("status")).toList(), "newest first, every state kept");
        assertEquals(2, history.get(0).get("revision"));
        assertEquals("mo.nikolsk", history.get(0).get("changedBy"));
    }

    private static List<Long> reviewQueue(ru.opora.support.Actor reviewer) {
        return Api.as(reviewer).get("/api/v1/roadmap-reviews").then().statusCode(200)
                .extract().jsonPath().getList("roadmapId", Long.class);
    }
}
