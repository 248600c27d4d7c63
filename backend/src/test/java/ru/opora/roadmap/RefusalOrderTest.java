package ru.opora.roadmap;

import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_KAMENKA1;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;
import ru.opora.support.Roadmaps.Fixture;

/**
 * One order of refusals for nested objects (README «Доступ»): no token 401 → the object outside the caller's scope 404
 * (even for a role that could never do it) → role or ownership 403 → an unknown nested object 404 → the state 409 →
 * the input 422. Each case holds two faults at once and expects the earlier one.
 */
@QuarkusTest
class RefusalOrderTest {

    private static final long UNKNOWN = 987_654_321L;
    private static final String ITEM = "/api/v1/roadmaps/{id}/items/{i}";
    private static final String SECTION = "/api/v1/roadmaps/{id}/sections/{s}";
    private static final String ITEM_REPORT = "/api/v1/roadmaps/{id}/reports/{p}/items/{i}";

    @Test
    void outsideTheScopeComesBeforeTheRole() {
        Fixture submitted = Roadmaps.submitted(MO_NIKOLSK);
        Map<String, Object> accept = Map.of("decision", "ACCEPT", "version", 0);
        // A school may never review; one that cannot see the roadmap is told it is not there, one that can is refused.
        Api.as(SCHOOL_KAMENKA1).body(accept).post("/api/v1/roadmaps/{id}/reports/2025-Q1/review", submitted.id())
                .then().statusCode(404);
        Api.as(SCHOOL_NIKOLSK1).body(accept).post("/api/v1/roadmaps/{id}/reports/2025-Q1/review", submitted.id())
                .then().statusCode(403);
        Api.as(ru.opora.support.Actor.ANONYMOUS).body(accept).post("/api/v1/roadmaps/{id}/reports/2025-Q1/review", submitted.id())
                .then().statusCode(401);
    }

    @Test
    void ownershipComesBeforeAnUnknownNestedObject() {
        Fixture draft = Roadmaps.draft(MO_NIKOLSK);
        Api.as(MINISTRY_PENZA).body(item(draft, 0)).put(ITEM, draft.id(), UNKNOWN).then().statusCode(403);
        Api.as(MINISTRY_PENZA).delete(SECTION, draft.id(), UNKNOWN).then().statusCode(403);
    }

    @Test
    void anUnknownNestedObjectComesBeforeTheState() {
        Fixture executing = Roadmaps.executing(MO_NIKOLSK);
        // The structure of an approved roadmap is closed (409), but an item or section that is not there is 404 first.
        Api.as(MO_NIKOLSK).body(item(executing, 0)).put(ITEM, executing.id(), UNKNOWN).then().statusCode(404);
        Api.as(MO_NIKOLSK).delete(ITEM, executing.id(), UNKNOWN).then().statusCode(404);
        Api.as(MO_NIKOLSK).delete(SECTION, executing.id(), UNKNOWN).then().statusCode(404);
        Api.as(MO_NIKOLSK).body(item(executing, 0)).put(ITEM, executing.id(), executing.item()).then().statusCode(409);

        // A draft takes no reports (409), but an unknown item, period or file is 404 first.
        Fixture draft = Roadmaps.draft(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null)).put(ITEM_REPORT, draft.id(), "2025-Q1", UNKNOWN)
                .then().statusCode(404);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null)).put(ITEM_REPORT, draft.id(), "2031-Q1", draft.item())
                .then().statusCode(404);
        Api.as(MO_NIKOLSK).delete("/api/v1/roadmaps/{id}/attachments/{a}", draft.id(), UNKNOWN).then().statusCode(404);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null)).put(ITEM_REPORT, draft.id(), "2025-Q1", draft.item())
                .then().statusCode(409);
    }

    @Test
    void theStateComesBeforeTheInput() {
        Fixture submitted = Roadmaps.submitted(MO_NIKOLSK);
        Map<String, Object> noText = Roadmaps.done("", null);
        // The report is submitted (409) and the entry lacks its text (422): the state is told.
        Api.as(MO_NIKOLSK).body(noText).put(ITEM_REPORT, submitted.id(), "2025-Q1", submitted.item()).then().statusCode(409);

        Fixture executing = Roadmaps.executing(MO_NIKOLSK);
        Roadmaps.reportAllDone(MO_NIKOLSK, executing, "2025-Q1");
        // A stale version (409) with an invalid body (422): the version is told.
        Api.as(MO_NIKOLSK).body(Roadmaps.done("", 99L)).put(ITEM_REPORT, executing.id(), "2025-Q1", executing.item())
                .then().statusCode(409);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("", null)).put(ITEM_REPORT, executing.id(), "2025-Q1", executing.item())
                .then().statusCode(409);
    }

    private static Map<String, Object> item(Fixture fixture, long version) {
        Map<String, Object> item = new HashMap<>(Roadmaps.item(fixture.sectionId(), "1.1", null, null));
        item.put("version", version);
        return item;
    }
}
