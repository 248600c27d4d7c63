package ru.opora.school;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;

/**
 * A page of the registry is kept by the instance under its region's registry stamp (V17): each step reads it first,
 * so that it is kept, then changes the registry (through the API, or straight in the database as another instance
 * would), then reads it again and must see the change.
 */
@QuarkusTest
class SchoolPageStampTest {

    private static final String CODE = "5818003401";

    @Inject
    AgroalDataSource database;

    @Test
    void aKeptPageShowsEveryChangeOfItsRegion() throws SQLException {
        long school = Api.schoolId(CODE);
        page().body("items.find { it.code == '" + CODE + "' }.shortName", equalTo("МБОУ СОШ № 1 г. Никольска"));
        try {
            write("update school set short_name = 'Школа, переименованная в базе' where id = ?", school);
            page().body("items.find { it.code == '" + CODE + "' }.shortName", equalTo("Школа, переименованная в базе"));
        } finally {
            write("update school set short_name = 'МБОУ СОШ № 1 г. Никольска' where id = ?", school);
        }
        page().body("items.find { it.code == '" + CODE + "' }.shortName", equalTo("МБОУ СОШ № 1 г. Никольска"));

        Api.as(MO_NIKOLSK).queryParam("year", 2031).get("/api/v1/schools").then().statusCode(200)
                .body("items.find { it.code == '" + CODE + "' }.categories", not(hasItem("LEADER")));
        Api.as(MINISTRY_PENZA).body(Map.of("year", 2031, "category", "LEADER",
                        "document", Map.of("number", "1-п", "date", "2031-01-15",
                                "authority", "Министерство образования Пензенской области")))
                .post("/api/v1/schools/{id}/categories", school).then().statusCode(201);
        Api.as(MO_NIKOLSK).queryParam("year", 2031).get("/api/v1/schools").then().statusCode(200)
                .body("items.find { it.code == '" + CODE + "' }.categories", hasItem("LEADER"));
    }

    @Test
    void aKeptPageIsAnsweredOnlyWithinTheCallersScope() {
        Api.as(MO_NIKOLSK).get("/api/v1/schools").then().statusCode(200).body("total", equalTo(mineCount()));
        // Another municipality asks the same query: its own schools, not the page kept for Никольский район.
        Api.as(ru.opora.support.Actor.MO_KAMENKA).get("/api/v1/schools").then().statusCode(200)
                .body("items.code", not(hasItem(CODE)));
    }

    private int mineCount() {
        return Api.as(MINISTRY_PENZA).queryParam("municipalityId", Api.municipalityId("56651000"))
                .get("/api/v1/schools").then().statusCode(200).extract().jsonPath().getInt("total");
    }

    private static io.restassured.response.ValidatableResponse page() {
        return Api.as(MO_NIKOLSK).get("/api/v1/schools").then().statusCode(200);
    }

    private void write(String sql, long id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
