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
import ru.opora.support.Actor;
import ru.opora.support.Api;

/** The demo roadmaps are real roadmaps: loaded through the services, cascaded, reported on, some overdue. */
@QuarkusTest
class DemoRoadmapsTest {

    @Test
    void theSeedDocumentsAreLoadedWithAllTheirSectionsAndItems() {
        long balashov = roadmapOf(Actor.MO_BALASHOV, "MUNICIPALITY", "Балашовский муниципальный район");
        JsonPath programme = Api.as(Actor.MO_BALASHOV).get("/api/v1/roadmaps/{id}", balashov).then().statusCode(200)
                .body("document.number", equalTo("30"))
                .body("sections.size()", equalTo(4))
                .body("sections[0].title", startsWith("1. Управленческий блок"))
                .extract().jsonPath();
        assertEquals(19, programme.getList("sections.items.flatten()").size());
        assertEquals("Февраль 2025-декабрь 2027", programme.getString("sections[0].items[2].timeframe"));
        assertEquals("2025-02-01", programme.getString("sections[0].items[2].windows[0].from"));
        Api.as(Actor.MINISTRY_SARATOV).get("/api/v1/roadmap-reviews").then().statusCode(200)
                .body("find { it.roadmapId == " + balashov + " }.period", equalTo("2026-H1"));
    }

    private static long roadmapOf(Actor actor, String level, String owner) {
        return Api.as(actor).queryParam("level", level).get("/api/v1/roadmaps").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.owner.name == '" + owner + "' }.id");
    }

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
                .body("sections[0].items.find { it.number == '1.2' }.childProgress.implementing", greaterThan(0));
    }
}
