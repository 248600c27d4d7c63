package ru.opora.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;

/** The demo roadmaps are real roadmaps: loaded through the services, cascaded, reported on, some overdue. */
@QuarkusTest
class DemoRoadmapsTest {

    @Test
    void theKamenkaRoadmapImplementsThePenzaComplexAndItsThirdQuarterOf2026IsOverdue() {
        JsonPath list = Api.as(MO_KAMENKA).queryParams(Map.of("level", "MUNICIPALITY", "asOf", "2026-11-24"))
                .get("/api/v1/roadmaps").then().statusCode(200).extract().jsonPath();
        long kamenka = list.getLong("items.find { it.owner.name == 'Каменский район' }.id");
        JsonPath roadmap = Api.as(MO_KAMENKA).queryParam("asOf", "2026-11-24").get("/api/v1/roadmaps/{id}", kamenka)
                .then().statusCode(200)
                .body("status", equalTo("IN_EXECUTION"))
                .body("periodicity", equalTo("QUARTER"))
                .body("document.number", equalTo("45"))
                .body("parent.title", startsWith("Комплекс мер"))
                .body("allowed", hasItem("REPORT"))
                .extract().jsonPath();
        assertEquals("ACCEPTED", roadmap.getString("periods.find { it.code == '2026-Q2' }.reportStatus"));
        assertEquals(true, roadmap.getBoolean("periods.find { it.code == '2026-Q3' }.overdue"));
        assertEquals(1, roadmap.getInt("overdueReports"));
        assertEquals(1, roadmap.getInt("overdueItems"), "1.1 ran in September 2026 and is not reported done");

        // Reports are dated as if they had been submitted on time, not at start-up.
        String submitted = Api.as(MO_KAMENKA).get("/api/v1/roadmaps/{id}/reports/2025-Q1", kamenka).then()
                .statusCode(200).body("status", equalTo("ACCEPTED")).extract().jsonPath().getString("submittedAt");
        assertTrue(submitted.startsWith("2025-04-04"), submitted);

        long penza = roadmap.getLong("parent.id");
        Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}", penza).then().statusCode(200)
                .body("level", equalTo("REGION"))
                .body("childrenCount", greaterThan(0))
                .body("sections[0].items.find { it.number == '1.2' }.children.implementing", greaterThan(0));
    }
}
