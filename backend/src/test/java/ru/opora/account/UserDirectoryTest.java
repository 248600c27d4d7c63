package ru.opora.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;

/**
 * People are shown by name: GET /me records the name and organisation from the verified token, and views send the
 * display name beside the login they store. A login the directory has not seen yet is shown as it is; the demo
 * loader's rows read «Загружено системой».
 */
@QuarkusTest
class UserDirectoryTest {

    private static RequestSpecification asUser(String username, String name) {
        String token = Actor.token(Actor.token(username, List.of("municipality"), "MUNICIPALITY", "56651000")
                .claim("name", name));
        return io.restassured.RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }

    private static String updatedByName(long schoolId) {
        return Api.as(MINISTRY_PENZA).get("/api/v1/schools/{id}", schoolId).then().statusCode(200)
                .extract().jsonPath().getString("updatedByName");
    }

    @Test
    void aSchoolChangedByAUserShowsTheirNameOnceTheyHaveSignedIn() {
        long school = Api.schoolId("5818003401");
        String login = "mo.nikolsk.deputy";
        // Not signed in through the SPA yet: the view falls back to the login.
        Map<String, Object> update = Api.schoolUpdate(school);
        // A real change, so that the change is a revision of the school's history.
        update.put("teachersCount", update.get("teachersCount") == null ? 40 : ((Number) update.get("teachersCount")).intValue() + 1);
        asUser(login, "Анна Лебедева").body(update).put("/api/v1/schools/{id}", school).then().statusCode(200)
                .body("updatedBy", equalTo(login)).body("updatedByName", equalTo(login));

        asUser(login, "Анна Лебедева").get("/api/v1/me").then().statusCode(200);
        assertEquals("Анна Лебедева", updatedByName(school));
        Api.as(MINISTRY_PENZA).get("/api/v1/schools/{id}/history", school).then().statusCode(200)
                .body("find { it.changedBy == '" + login + "' }.changedByName", equalTo("Анна Лебедева"));

        // The token is the source: a changed name is taken over on the next sign-in.
        asUser(login, "Анна Лебедева-Орлова").get("/api/v1/me").then().statusCode(200);
        assertEquals("Анна Лебедева-Орлова", updatedByName(school));
        asUser(login, "Анна Лебедева-Орлова").get("/api/v1/me").then().statusCode(200);
        assertEquals("Анна Лебедева-Орлова", updatedByName(school));
    }

    @Test
    void rowsOfTheDemoLoaderReadAsLoadedByTheSystem() {
        long school = Api.schoolId("5802002110");
        Api.as(MINISTRY_PENZA).get("/api/v1/schools/{id}", school).then().statusCode(200)
                .body("categories.size()", greaterThan(0))
                .body("categories.assignedBy", everyItem(equalTo("demo-data")))
                .body("categories.assignedByName", everyItem(equalTo("Загружено системой")));
    }

    @Test
    void aSubmittedReportNamesWhoSubmittedItAndTheReviewQueueToo() {
        Api.as(MO_NIKOLSK).get("/api/v1/me").then().statusCode(200);
        Roadmaps.Fixture roadmap = Roadmaps.submitted(MO_NIKOLSK);
        Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/reports/{p}", roadmap.id(), "2025-Q1").then().statusCode(200)
                .body("submittedBy", equalTo("mo.nikolsk"))
                .body("submittedByName", equalTo("Тестовый пользователь mo.nikolsk"))
                .body("reviewedByName", equalTo(null));
        Api.as(MINISTRY_PENZA).get("/api/v1/roadmap-reviews").then().statusCode(200)
                .body("find { it.roadmapId == " + roadmap.id() + " }.submittedByName", equalTo("Тестовый пользователь mo.nikolsk"));
        Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/history", roadmap.id()).then().statusCode(200)
                .body("changedByName", hasItem("Тестовый пользователь mo.nikolsk"));
    }
}
