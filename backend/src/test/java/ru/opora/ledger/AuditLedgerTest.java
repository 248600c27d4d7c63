package ru.opora.ledger;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/** The audit ledger as an auditor reads it: who changed what (old → new), in which request, within the caller's scope. */
@QuarkusTest
class AuditLedgerTest {

    private static final String AUDIT = "/api/v1/audit";

    private static JsonPath audit(ru.opora.support.Actor actor, Map<String, ?> query) {
        return Api.as(actor).queryParams(query).get(AUDIT).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aChangeOfASchoolIsOneEntryWithItsFieldsOldAndNewAndItsRequest() {
        long school = Api.schoolId("5818003401");
        Map<String, Object> body = Api.schoolUpdate(school);
        int teachers = ((Number) body.get("teachersCount")).intValue();
        body.put("teachersCount", teachers + 3);
        String request = "audit-" + UUID.randomUUID();
        Api.as(MO_NIKOLSK).header("X-Request-Id", request).body(body).put("/api/v1/schools/{id}", school)
                .then().statusCode(200).header("X-Request-Id", request);

        JsonPath page = audit(MINISTRY_PENZA, Map.of("requestId", request));
        assertEquals(1, page.getList("items").size(), page.prettify());
        Map<String, Object> entry = page.getMap("items[0]");
        assertEquals("school", entry.get("entityKind"));
        assertEquals(Long.toString(school), entry.get("entityId"));
        assertEquals("UPDATE", entry.get("operation"));
        assertEquals("mo.nikolsk", entry.get("actor"));
        assertEquals("USER", entry.get("actorKind"));
        assertEquals("ru.opora.school.updated", entry.get("eventType"));
        assertEquals("/regions/58/schools/5818003401", entry.get("subject"));
        assertEquals(((Number) entry.get("schoolId")).longValue(), school);
        assertEquals(List.of(Map.of("field", "teachersCount", "old", Integer.toString(teachers), "new", Integer.toString(teachers + 3))),
                entry.get("changes"), "only the field that changed, old → new");
        // The same entry for its municipality; none for another municipality or region.
        assertEquals(1, audit(MO_NIKOLSK, Map.of("requestId", request)).getList("items").size());
        assertEquals(0, audit(MO_KAMENKA, Map.of("requestId", request)).getList("items").size());
        assertEquals(0, audit(MINISTRY_SARATOV, Map.of("requestId", request)).getList("items").size());
        // Filtered by object and by actor.
        assertTrue(audit(MINISTRY_PENZA, Map.of("entityKind", "school", "entityId", school, "actor", "mo.nikolsk"))
                .<String>getList("items.requestId").contains(request));
    }

    @Test
    void valuesOfAFormAreEntriesNamedByIndicatorCodeWithTheirState() {
        Campaigns.FormFixture form = Campaigns.fresh(Campaigns.Stage.ACCEPTED);
        JsonPath page = audit(MO_NIKOLSK, Map.of("entityKind", "indicator-value", "schoolId", form.school(), "size", 100));
        List<Map<String, Object>> entries = page.getList("items");
        Map<String, Object> accepted = entries.stream()
                .filter(e -> "ru.opora.indicator-value.accepted".equals(e.get("eventType"))
                        && ("mo.nikolsk").equals(e.get("actor"))).findFirst().orElseThrow(() -> new AssertionError(page.prettify()));
        assertTrue(accepted.get("subject").toString().startsWith("/regions/58/schools/5818003401/indicator-values/"),
                accepted.toString());
        assertTrue(accepted.get("changes").toString().contains("field=STAFFING_RATE.status, old=SUBMITTED, new=ACCEPTED"),
                accepted.toString());
        Map<String, Object> saved = entries.stream().filter(e -> "ru.opora.indicator-value.saved".equals(e.get("eventType")))
                .findFirst().orElseThrow();
        assertTrue(saved.get("changes").toString().contains("field=STAFFING_RATE, old=null, new=92"), saved.toString());
        assertEquals("school.nikolsk1", saved.get("actor"));
    }

    @Test
    void pagesGoBackFromTheNewestByCursor() {
        JsonPath first = audit(MINISTRY_PENZA, Map.of("size", 2));
        List<Long> positions = first.getList("items.position", Long.class);
        assertEquals(2, positions.size());
        assertTrue(positions.get(0) > positions.get(1));
        String next = first.getString("nextCursor");
        assertNotNull(next);
        List<Long> older = audit(MINISTRY_PENZA, Map.of("size", 2, "before", next)).getList("items.position", Long.class);
        assertTrue(older.get(0) < positions.get(1), older + " after " + positions);
        JsonPath last = audit(MINISTRY_PENZA, Map.of("size", 2, "before", 1));
        assertEquals(0, last.getList("items").size());
        assertNull(last.getString("nextCursor"));
    }

    @Test
    void refusalsFollowTheOneOrder() {
        Api.as(ru.opora.support.Actor.ANONYMOUS).get(AUDIT).then().statusCode(401);
        Api.as(SCHOOL_NIKOLSK1).get(AUDIT).then().statusCode(403);
        Api.as(MO_KAMENKA).queryParam("municipalityId", Api.municipalityId("56651000")).get(AUDIT).then().statusCode(404);
        Api.as(MINISTRY_SARATOV).queryParam("schoolId", Api.schoolId("5818003401")).get(AUDIT).then().statusCode(404);
        Api.as(MINISTRY_PENZA).queryParam("entityKind", "no-such-kind").get(AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("entityKind"));
        Api.as(MINISTRY_PENZA).queryParam("actorKind", "ROBOT").get(AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("actorKind"));
        Api.as(MINISTRY_PENZA).queryParam("from", "вчера").get(AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as(MINISTRY_PENZA).queryParam("before", "0").get(AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("before"));
    }

    @Test
    void theReasonTheCallerGivesIsOnTheEntryAndTheRevision() {
        long school = Api.schoolId("5818003401");
        Map<String, Object> body = Api.schoolUpdate(school);
        body.put("teachersCount", ((Number) body.get("teachersCount")).intValue() + 1);
        String reason = "Исправлено по письму № 12 от 01.12.2026 (100% проверено)";
        String request = "reason-" + UUID.randomUUID();
        Api.as(MO_NIKOLSK).header("X-Request-Id", request)
                .header("X-Change-Reason", java.net.URLEncoder.encode(reason, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .body(body).put("/api/v1/schools/{id}", school).then().statusCode(200);
        JsonPath page = audit(MINISTRY_PENZA, Map.of("requestId", request));
        assertEquals(1, page.getList("items").size(), page.prettify());
        assertEquals(reason, page.getString("items[0].reason"), "the reason decoded as encodeURIComponent writes it");

        // Not valid percent-encoding: kept as given rather than refused; no header: no reason.
        body = Api.schoolUpdate(school);
        body.put("teachersCount", ((Number) body.get("teachersCount")).intValue() + 1);
        String raw = "100% done";
        String second = "reason-" + UUID.randomUUID();
        Api.as(MO_NIKOLSK).header("X-Request-Id", second).header("X-Change-Reason", raw).body(body)
                .put("/api/v1/schools/{id}", school).then().statusCode(200);
        assertEquals(raw, audit(MINISTRY_PENZA, Map.of("requestId", second)).getString("items[0].reason"));
        body = Api.schoolUpdate(school);
        body.put("teachersCount", ((Number) body.get("teachersCount")).intValue() + 1);
        String third = "reason-" + UUID.randomUUID();
        Api.as(MO_NIKOLSK).header("X-Request-Id", third).body(body).put("/api/v1/schools/{id}", school)
                .then().statusCode(200);
        assertNull(audit(MINISTRY_PENZA, Map.of("requestId", third)).getString("items[0].reason"));
    }

    @Test
    void theKindsAreEveryAuditedEntityOfTheMetamodelAndTheSqlKinds() {
        List<String> kinds = Api.as(MINISTRY_PENZA).get(AUDIT + "/kinds").then().statusCode(200).extract().jsonPath()
                .getList("kind");
        for (String kind : List.of("school", "municipality", "school-category-assignment", "indicator", "collection-campaign",
                "campaign-form", "roadmap", "roadmap-item", "roadmap-item-report", "roadmap-attachment", "indicator-value",
                "indicator-import", "indicator-target-set")) {
            assertTrue(kinds.contains(kind), kind + " in " + kinds);
        }
        assertFalse(kinds.contains("audit-revision"), "the revision entity is not an audited object");
    }
}
