package ru.opora.roadmap;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;
import ru.opora.support.Roadmaps.Fixture;

/**
 * Overdue is computed from the data at a date, never stored. The fixture is approved by an order of 13.01.2025;
 * item 1.1 runs February–March 2025, item 1.2 the whole of 2025–2026; reports are due on the 5th after a quarter.
 */
@QuarkusTest
class RoadmapOverdueTest {

    @Test
    void anItemIsOverdueTheDayAfterItsLastWindowUntilItIsReportedDone() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        assertEquals(0, at(roadmap, "2025-03-31").getInt("overdueItems"), "on the last day of its window");
        JsonPath april = at(roadmap, "2025-04-01");
        assertEquals(1, april.getInt("overdueItems"));
        assertTrue(april.getBoolean("sections[0].items[0].overdue"));
        assertFalse(april.getBoolean("sections[0].items[1].overdue"), "a whole-period item runs until 2026");
        assertEquals(2, at(roadmap, "2027-01-01").getInt("overdueItems"), "after the period both are overdue");

        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null))
                .put("/api/v1/roadmaps/{id}/reports/{p}/items/{i}", roadmap.id(), "2025-Q1", roadmap.item())
                .then().statusCode(200);
        assertEquals(0, at(roadmap, "2025-04-01").getInt("overdueItems"), "done is done, even in a draft report");
    }

    @Test
    void aRecurringItemMustBeDoneInEachOfItsWindows() {
        Fixture roadmap = Roadmaps.draft(MO_NIKOLSK);
        Map<String, Object> twice = Roadmaps.item(roadmap.sectionId(), "1.3", "2025-03-01", "2025-03-31");
        twice.put("timeframe", "март 2025, март 2026");
        twice.put("windows", List.of(Map.of("from", "2025-03-01", "to", "2025-03-31"),
                Map.of("from", "2026-03-01", "to", "2026-03-31")));
        long item = Roadmaps.addItem(MO_NIKOLSK, roadmap.id(), twice);
        Roadmaps.transition(MO_NIKOLSK, roadmap.id(), "APPROVE");
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Проведено в марте 2025", null))
                .put("/api/v1/roadmaps/{id}/reports/{p}/items/{i}", roadmap.id(), "2025-Q1", item).then().statusCode(200);
        assertFalse(overdue(at(roadmap, "2025-12-01"), item), "the 2025 window is done");
        assertTrue(overdue(at(roadmap, "2026-04-01"), item), "the 2026 window is not");
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Проведено в марте 2026", null))
                .put("/api/v1/roadmaps/{id}/reports/{p}/items/{i}", roadmap.id(), "2026-Q1", item).then().statusCode(200);
        assertFalse(overdue(at(roadmap, "2026-04-01"), item));
    }

    @Test
    void aReportIsOverdueAfterItsDueDayUntilSubmitted() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        JsonPath onDueDay = at(roadmap, "2025-04-05");
        Map<String, Object> q1 = period(onDueDay, "2025-Q1");
        assertEquals("2025-04-05", q1.get("dueOn"));
        assertEquals(true, q1.get("expected"));
        assertEquals(false, q1.get("overdue"), "due on the 5th means the 5th is still in time");
        assertEquals(0, onDueDay.getInt("overdueReports"));

        JsonPath dayAfter = at(roadmap, "2025-04-06");
        assertEquals(true, period(dayAfter, "2025-Q1").get("overdue"));
        assertEquals(1, dayAfter.getInt("overdueReports"));
        assertEquals(4, at(roadmap, "2026-01-06").getInt("overdueReports"), "four quarters of 2025");

        Roadmaps.reportAllDone(MO_NIKOLSK, roadmap, "2025-Q1");
        assertEquals(1, at(roadmap, "2025-04-06").getInt("overdueReports"), "a draft is not a submitted report");
        Roadmaps.submit(MO_NIKOLSK, roadmap.id(), "2025-Q1");
        assertEquals(0, at(roadmap, "2025-04-06").getInt("overdueReports"));
    }

    @Test
    void periodsBeforeApprovalAndDraftRoadmapsAreNotOverdue() {
        Fixture draft = Roadmaps.draft(MO_NIKOLSK);
        JsonPath late = at(draft, "2026-06-01");
        assertEquals(0, late.getInt("overdueItems"));
        assertEquals(0, late.getInt("overdueReports"));
        assertFalse((Boolean) period(late, "2025-Q1").get("expected"));
    }

    @Test
    void theListFiltersByOverdueAtADate() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        assertTrue(listed(roadmap, Map.of("hasOverdue", "true", "asOf", "2025-04-06")).contains(roadmap.id()));
        assertFalse(listed(roadmap, Map.of("hasOverdue", "false", "asOf", "2025-04-06")).contains(roadmap.id()));
        assertTrue(listed(roadmap, Map.of("hasOverdue", "false", "asOf", "2025-02-01")).contains(roadmap.id()));
        Api.as(MINISTRY_PENZA).queryParams(Map.of("asOf", "2025-04-06", "size", "100", "municipalityId",
                        Api.municipalityId("56651000"), "q", Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", roadmap.id())
                                .then().extract().path("title")))
                .get("/api/v1/roadmaps").then().statusCode(200)
                .body("asOf", equalTo("2025-04-06"))
                .body("items.find { it.id == " + roadmap.id() + " }.overdueReports", equalTo(1))
                .body("items.find { it.id == " + roadmap.id() + " }.overdueItems", equalTo(1));
    }

    private static JsonPath at(Fixture roadmap, String date) {
        return Api.as(MINISTRY_PENZA).queryParam("asOf", date).get("/api/v1/roadmaps/{id}", roadmap.id())
                .then().statusCode(200).extract().jsonPath();
    }

    private static boolean overdue(JsonPath roadmap, long item) {
        return roadmap.getBoolean("sections.items.flatten().find { it.id == " + item + " }.overdue");
    }

    private static Map<String, Object> period(JsonPath roadmap, String code) {
        return roadmap.getMap("periods.find { it.code == '" + code + "' }");
    }

    /** Found by its title, so that the many roadmaps other tests make never push it off the page. */
    private static List<Long> listed(Fixture roadmap, Map<String, String> params) {
        String title = Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", roadmap.id()).then().extract().path("title");
        return Api.as(MO_NIKOLSK).queryParams(params).queryParam("q", title).queryParam("size", 100)
                .get("/api/v1/roadmaps").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }
}
