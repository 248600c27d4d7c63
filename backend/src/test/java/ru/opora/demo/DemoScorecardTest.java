package ru.opora.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;

/**
 * The demo data of the scorecard (seed 002) came in through the services: Penza's municipal roadmaps of direction 1.2
 * with their period reports and the support of their programme schools, and the scorecard of 2026 reads them as the
 * seed found them: roadmaps carried out in full, a draft only, none at all.
 */
@QuarkusTest
class DemoScorecardTest {

    private static final String MOKSHAN = "56648000";
    private static final String KUZNETSK = "56705000";
    private static final String SERDOBSK = "56661000";
    private static final String GORODISHCHE = "56620000";
    private static final String KOLYSHLEY = "56637000";
    private static final String KUZNETSK_DISTRICT = "56640000";
    private static final String TAMALA = "56670000";
    private static final String ZEMETCHINO = "56624000";
    private static final String BASHMAKOVO = "56609000";
    private static final String RAMZAI = "5823001215";

    @Inject
    EntityManager em;

    @Inject
    DemoDataLoader loader;

    /** The municipality's roadmaps of direction 1.2, as the ministry lists them. */
    private static List<Map<String, Object>> roadmapsOf(String oktmo) {
        long id = Api.municipalityId(oktmo);
        return Api.as(MINISTRY_PENZA).queryParams(Map.of("level", "MUNICIPALITY", "size", 100)).get("/api/v1/roadmaps")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.owner.id == " + id + " && it.direction.code == '1.2' }");
    }

    @Test
    void mokshanHasAnApprovedRoadmapOf2026ReportedInFullWithEvidence() {
        List<Map<String, Object>> roadmaps = roadmapsOf(MOKSHAN);
        assertEquals(1, roadmaps.size(), "one roadmap, however often the application starts");
        long id = ((Number) roadmaps.get(0).get("id")).longValue();
        JsonPath roadmap = Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}", id).then().statusCode(200).extract().jsonPath();
        assertEquals("IN_EXECUTION", roadmap.getString("status"));
        assertEquals("14", roadmap.getString("document.number"));
        assertEquals(7, roadmap.getList("sections.items.flatten()").size());
        for (String period : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            JsonPath report = Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/reports/{p}", id, period).then()
                    .statusCode(200).extract().jsonPath();
            assertEquals("ACCEPTED", report.getString("status"), period);
        }
        JsonPath q3 = Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/reports/2026-Q3", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("https://mokshan-edu.example/shnor", q3.getString("items.find { it.number == '3.2' }.evidence[0].url"));
        // Its school of the programme: an event, a held visit, a partner, recommendations answered.
        long ramzai = Api.schoolId(RAMZAI);
        assertEquals(2L, count("select count(*) from method_event e where e.held_on between '2026-01-01' and '2026-12-31'"
                + " and exists (select 1 from jsonb_array_elements(e.attendance) a where (a ->> 'schoolId')::bigint = ?1)", ramzai));
        assertEquals(1L, count("select count(*) from curator_visit where school_id = ?1 and status = 'HELD'", ramzai));
        assertEquals(1L, count("select count(*) from partner_pair where supported_school_id = ?1 and year = 2026", ramzai));
        assertEquals(2L, count("select count(*) from recommendation where school_id = ?1"
                + " and status in ('ANSWERED', 'DONE')", ramzai));
    }

    @Test
    void someMunicipalitiesHaveADraftOnlyOrNoRoadmapAtAll() {
        assertEquals(List.of("DRAFT"), roadmapsOf(GORODISHCHE).stream().map(r -> r.get("status")).toList());
        assertEquals(List.of("APPROVED"), roadmapsOf(KOLYSHLEY).stream().map(r -> r.get("status")).toList());
        assertTrue(roadmapsOf(ZEMETCHINO).isEmpty());
        assertTrue(roadmapsOf(BASHMAKOVO).isEmpty());
    }

    @Test
    void aSecondStartLoadsNothing() {
        assertFalse(loader.load(), "the registry is not empty: neither it nor the scorecard's data are loaded again");
        assertEquals(1, roadmapsOf(KUZNETSK).size());
    }

    @Test
    void theNoteOf2026IsMadeFromASnapshotOfTheDemo() {
        String snapshots = "/api/v1/regions/" + Api.regionId("58") + "/scorecards/2026/snapshots";
        List<Map<String, Object>> made = Api.as(MINISTRY_PENZA).get(snapshots).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.createdBy == 'demo-data' }");
        assertEquals(1, made.size(), "one snapshot of the demo, however often the application starts");
        assertTrue(((Map<?, ?>) made.get(0).get("texts")).get("problems").toString().contains("Земетчинский"),
                "the suggested problems name a municipality without a roadmap");
        byte[] docx = Api.as(MINISTRY_PENZA).accept("*/*").get(snapshots + "/{id}/note", made.get(0).get("id")).then()
                .statusCode(200).extract().asByteArray();
        assertTrue(docx.length > 5000);
    }

    @Test
    void theScorecardOf2026ReadsTheSeedsFindings() {
        JsonPath region = Api.as(MINISTRY_PENZA).get("/api/v1/regions/{id}/scorecards/2026", Api.regionId("58")).then()
                .statusCode(200).extract().jsonPath();
        // Full support in Мокшанский район, new in 2026; г. Кузнецк did part of its roadmap in 2025 and all of it in 2026.
        assertCell(region, MOKSHAN, "ROADMAP", "MET", "NOT_MET");
        assertCell(region, MOKSHAN, "MEASURES", "MET", "NOT_MET");
        assertCell(region, MOKSHAN, "PUBLICITY", "MET", "NOT_MET");
        assertCell(region, KUZNETSK, "MEASURES", "MET", "PARTLY");
        assertCell(region, KUZNETSK, "PUBLICITY", "MET", "NOT_MET");
        // 4 of 5 items done: at the threshold of «met».
        assertCell(region, SERDOBSK, "MEASURES", "MET", "MET");
        assertEquals(80, ((Number) cell(region, SERDOBSK, "MEASURES").get("score")).intValue());
        // A draft only; no document at all.
        assertCell(region, GORODISHCHE, "ROADMAP", "PARTLY", "NOT_MET");
        assertCell(region, ZEMETCHINO, "ROADMAP", "NOT_MET", "NOT_MET");
        assertCell(region, BASHMAKOVO, "ROADMAP", "NOT_MET", "NOT_MET");
        // Approved, but its report awaits review: nothing is done yet by an accepted report.
        assertCell(region, KOLYSHLEY, "ROADMAP", "MET", "NOT_MET");
        assertCell(region, KOLYSHLEY, "MEASURES", "NOT_MET", "NOT_MET");
        // The second quarter's report returned, the third never submitted.
        assertCell(region, KUZNETSK_DISTRICT, "MEASURES", "NOT_MET", "NOT_MET");
        // The first half-year done, the second's measures not reported yet.
        assertCell(region, TAMALA, "MEASURES", "PARTLY", "NOT_MET");
        assertCell(region, TAMALA, "PUBLICITY", "MET", "NOT_MET");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(JsonPath region, String oktmo, String criterion) {
        long id = Api.municipalityId(oktmo);
        List<Map<String, Object>> cells = region.getList("municipalities.find { it.municipalityId == " + id + " }.cells");
        return cells.stream().filter(c -> criterion.equals(c.get("criterion"))).findFirst()
                .orElseThrow(() -> new AssertionError(oktmo + " " + criterion));
    }

    private static void assertCell(JsonPath region, String oktmo, String criterion, String mark, String previous) {
        Map<String, Object> cell = cell(region, oktmo, criterion);
        assertEquals(mark, cell.get("computedMark"), oktmo + " " + criterion + " in 2026");
        assertEquals(previous, cell.get("previousMark"), oktmo + " " + criterion + " in 2025");
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
