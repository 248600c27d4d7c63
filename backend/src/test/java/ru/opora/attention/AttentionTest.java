package ru.opora.attention;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.CURATOR_PENZA;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;
import ru.opora.support.Curators;
import ru.opora.support.Meetings;
import ru.opora.support.Recommendations;
import ru.opora.support.Roadmaps;

/** «Требует внимания» lists what waits for each role, with due dates and overdue computed at the asked date. */
@QuarkusTest
class AttentionTest {

    private static List<Map<String, Object>> items(Actor actor, String asOf) {
        JsonPath page = Api.as(actor).queryParam("asOf", asOf).get("/api/v1/attention").then().statusCode(200)
                .body("asOf", equalTo(asOf)).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(items.size(), page.getInt("total"));
        assertEquals(items.stream().filter(i -> Boolean.TRUE.equals(i.get("overdue"))).count(), page.getInt("overdue"));
        return items;
    }

    private static Optional<Map<String, Object>> find(List<Map<String, Object>> items, String kind, long targetId, Long childId) {
        return items.stream().filter(i -> kind.equals(i.get("kind")) && ((Number) i.get("targetId")).longValue() == targetId
                && (childId == null || childId.equals(i.get("childId") == null ? null : ((Number) i.get("childId")).longValue())))
                .findFirst();
    }

    @Test
    void aDecisionWaitsForItsExecutorAndItsOverdueOneForTheMeetingsOwner() {
        long meeting = Meetings.signedForSchool();
        long decision = Meetings.decision(MO_NIKOLSK, meeting, "1.2");
        Map<String, Object> due = find(items(SCHOOL_NIKOLSK1, "2025-10-20"), "DECISION_DUE", meeting, decision).orElseThrow();
        assertEquals("2025-10-30", due.get("dueOn"));
        assertEquals(false, due.get("overdue"));
        assertEquals(Meetings.TITLE, due.get("detail"));
        assertTrue(find(items(SCHOOL_NIKOLSK1, "2025-10-31"), "DECISION_DUE", meeting, decision).orElseThrow().get("overdue")
                .equals(true));
        assertFalse(find(items(MO_NIKOLSK, "2025-10-30"), "DECISION_OVERDUE", meeting, decision).isPresent());
        Map<String, Object> control = find(items(MO_NIKOLSK, "2025-10-31"), "DECISION_OVERDUE", meeting, decision).orElseThrow();
        assertEquals("Управление образования администрации Никольского района", control.get("organisation"));
        assertFalse(find(items(MO_KAMENKA, "2025-10-31"), "DECISION_OVERDUE", meeting, decision).isPresent());

        long version = Api.as(SCHOOL_NIKOLSK1).queryParam("meetingId", meeting).get("/api/v1/decisions").then()
                .extract().jsonPath().getLong("items.find { it.id == " + decision + " }.version");
        Api.as(SCHOOL_NIKOLSK1).body(Meetings.completion("Размещено", version))
                .post("/api/v1/decisions/{id}/completion", decision).then().statusCode(200);
        assertFalse(find(items(SCHOOL_NIKOLSK1, "2025-10-31"), "DECISION_DUE", meeting, decision).isPresent());
        assertFalse(find(items(MO_NIKOLSK, "2025-10-31"), "DECISION_OVERDUE", meeting, decision).isPresent());
    }

    @Test
    void aHeldMeetingsDraftProtocolWaitsToBeSigned() {
        long draft = Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool());
        assertTrue(find(items(MO_NIKOLSK, "2025-10-16"), "PROTOCOL_TO_SIGN", draft, null).isPresent());
        assertFalse(find(items(MO_NIKOLSK, "2025-10-15"), "PROTOCOL_TO_SIGN", draft, null).isPresent(), "not yet held");
    }

    @Test
    void reportsWaitForTheirOwnerThenForTheLevelAbove() {
        Roadmaps.Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        List<Map<String, Object>> april = items(MO_NIKOLSK, "2025-04-06");
        Map<String, Object> report = april.stream().filter(i -> "REPORT_TO_SUBMIT".equals(i.get("kind"))
                && ((Number) i.get("targetId")).longValue() == roadmap.id() && "2025-Q1".equals(i.get("period")))
                .findFirst().orElseThrow();
        assertEquals("2025-04-05", report.get("dueOn"));
        assertEquals(true, report.get("overdue"));
        assertEquals(1, ((Number) find(april, "ITEMS_OVERDUE", roadmap.id(), null).orElseThrow().get("count")).intValue());
        Roadmaps.reportAllDone(MO_NIKOLSK, roadmap, "2025-Q1");
        Roadmaps.submit(MO_NIKOLSK, roadmap.id(), "2025-Q1");
        assertFalse(items(MO_NIKOLSK, "2025-04-06").stream().anyMatch(i -> "REPORT_TO_SUBMIT".equals(i.get("kind"))
                && ((Number) i.get("targetId")).longValue() == roadmap.id() && "2025-Q1".equals(i.get("period"))));
        Map<String, Object> review = find(items(MINISTRY_PENZA, "2025-04-06"), "REPORT_TO_REVIEW", roadmap.id(), null)
                .orElseThrow();
        assertEquals("Никольский район", review.get("organisation"));
        assertEquals("2025-Q1", review.get("period"));
    }

    @Test
    void formsWaitForTheSchoolThenForItsMunicipality() {
        Campaigns.FormFixture open = Campaigns.fresh(Campaigns.Stage.OPEN);
        Map<String, Object> form = find(items(SCHOOL_NIKOLSK1, "2026-01-15"), "FORM_TO_SUBMIT", open.campaign(), open.school())
                .orElseThrow();
        assertEquals("CAMPAIGN_FORM", form.get("target"));
        Campaigns.FormFixture submitted = Campaigns.fresh(Campaigns.Stage.SUBMITTED);
        assertFalse(find(items(SCHOOL_NIKOLSK1, "2026-01-15"), "FORM_TO_SUBMIT", submitted.campaign(), null).isPresent());
        assertEquals(1, ((Number) find(items(MO_NIKOLSK, "2026-01-15"), "FORMS_TO_REVIEW", submitted.campaign(), null)
                .orElseThrow().get("count")).intValue());
    }

    @Test
    void recommendationsWaitForTheAddresseeAndOverdueOnesForTheIssuer() {
        long id = Recommendations.issuedToNikolskSchool();
        String due = Api.as(MO_NIKOLSK).get("/api/v1/recommendations/{id}", id).then().extract().path("dueOn");
        String after = java.time.LocalDate.parse(due).plusDays(1).toString();
        Map<String, Object> waiting = find(items(SCHOOL_NIKOLSK1, due), "RECOMMENDATION_DUE", id, null).orElseThrow();
        assertEquals("Никольский район", waiting.get("detail"));
        assertEquals(false, waiting.get("overdue"));
        assertFalse(find(items(MO_NIKOLSK, due), "RECOMMENDATION_OVERDUE", id, null).isPresent());
        assertEquals("МБОУ СОШ № 1 г. Никольска",
                find(items(MO_NIKOLSK, after), "RECOMMENDATION_OVERDUE", id, null).orElseThrow().get("organisation"));
    }

    @Test
    void aCuratorSeesTheirPlannedVisits() {
        long visit = Curators.plannedVisit(Api.schoolId("5818003401"));
        String today = java.time.LocalDate.now().toString();
        Map<String, Object> planned = find(items(CURATOR_PENZA, today), "VISIT_PLANNED", visit, null).orElseThrow();
        assertEquals("МБОУ СОШ № 1 г. Никольска", planned.get("organisation"));
        assertTrue(find(items(SCHOOL_NIKOLSK1, today), "VISIT_PLANNED", visit, null).isPresent());
        Api.as(CURATOR_PENZA).queryParam("asOf", "завтра").get("/api/v1/attention").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }
}
