package ru.opora.roadmap;

import static org.hamcrest.Matchers.equalTo;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;
import ru.opora.support.Roadmaps.Fixture;

/**
 * A roadmap's answer is kept by the instance under stamps the database moves (V17), so every read after a change must
 * show the change: made through the API, in a child roadmap, or straight in the database as another instance or a
 * migration would (which no Java code of this instance sees). Each step reads first, so that the answer is kept, then
 * changes, then reads again.
 */
@QuarkusTest
class RoadmapReadStampTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theParentShowsItsChildrenAsTheyAreCreatedAndReport() {
        Fixture region = Roadmaps.executing(MINISTRY_PENZA);
        region(region.id()).body("childrenCount", equalTo(0));

        long child = Roadmaps.create(MO_NIKOLSK, childBody(region.id(), List.of(region.item())));
        region(region.id()).body("childrenCount", equalTo(1))
                .body("sections[0].items[0].childProgress.implementing", equalTo(0));

        Roadmaps.transition(MO_NIKOLSK, child, "APPROVE");
        Roadmaps.transition(MO_NIKOLSK, child, "START");
        region(region.id()).body("sections[0].items[0].childProgress.implementing", equalTo(1))
                .body("sections[0].items[0].childProgress.done", equalTo(0));

        long childItem = Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", child).then().statusCode(200).extract()
                .jsonPath().getLong("sections[0].items[0].id");
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null))
                .put("/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}", child, childItem).then().statusCode(200);
        region(region.id()).body("sections[0].items[0].childProgress.done", equalTo(0));
        Roadmaps.submit(MO_NIKOLSK, child, "2025-Q1");
        region(region.id()).body("sections[0].items[0].childProgress.done", equalTo(1));
    }

    @Test
    void aChangeWrittenStraightIntoTheDatabaseIsSeenAtOnce() throws SQLException {
        Fixture region = Roadmaps.executing(MINISTRY_PENZA);
        long child = Roadmaps.create(MO_NIKOLSK, childBody(region.id(), List.of(region.item())));
        region(region.id()).body("sections[0].items[0].title", equalTo("Мероприятие 1.1"));
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", child).then().statusCode(200)
                .body("sections[0].items[0].parentItem.title", equalTo("Мероприятие 1.1"))
                .body("owner.name", equalTo("Никольский район"));

        write("update roadmap_item set title = 'Переименовано в базе' where id = ?", region.item());
        region(region.id()).body("sections[0].items[0].title", equalTo("Переименовано в базе"));
        // The child shows the parent's item it implements.
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", child).then().statusCode(200)
                .body("sections[0].items[0].parentItem.title", equalTo("Переименовано в базе"));

        long nikolsk = Api.municipalityId("56651000");
        try {
            write("update municipality set name = 'Никольский муниципальный район' where id = ?", nikolsk);
            Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", child).then().statusCode(200)
                    .body("owner.name", equalTo("Никольский муниципальный район"));
        } finally {
            write("update municipality set name = 'Никольский район' where id = ?", nikolsk);
        }
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", child).then().statusCode(200)
                .body("owner.name", equalTo("Никольский район"));
    }

    @Test
    void aKeptAnswerIsStillRefusedOutsideTheScope() {
        Fixture draft = Roadmaps.draft(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", draft.id()).then().statusCode(200)
                .body("allowed", org.hamcrest.Matchers.hasItem("EDIT"));
        // The same kept answer, for a ministry of another region (404) and of its own (no EDIT: it does not own it).
        Api.as(ru.opora.support.Actor.MINISTRY_SARATOV).get("/api/v1/roadmaps/{id}", draft.id()).then().statusCode(404);
        Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}", draft.id()).then().statusCode(200)
                .body("allowed", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("EDIT")));
        // A first draft is not shown to the municipality's schools, kept or not.
        Api.as(ru.opora.support.Actor.SCHOOL_NIKOLSK1).get("/api/v1/roadmaps/{id}", draft.id()).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse region(long id) {
        return Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}", id).then().statusCode(200);
    }

    private void write(String sql, long id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private static Map<String, Object> childBody(long parentId, List<Long> items) {
        Map<String, Object> body = new HashMap<>(Roadmaps.heading("Карта, построенная на региональной"));
        body.put("parentId", parentId);
        body.put("parentItemIds", items);
        return body;
    }
}
