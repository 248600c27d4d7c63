package ru.opora.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/** Bad input gets a precise problem+json answer and leaves the data exactly as it was. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";
    private long schoolId;
    private Map<String, Object> before;

    @BeforeEach
    void rememberSchool() {
        schoolId = Api.schoolId("5818003630");
        before = Api.school(schoolId);
    }

    private void assertUnchanged() {
        assertEquals(before, Api.school(schoolId), "a refused request must not change anything");
    }

    @Test
    void malformedJsonIs400() {
        as(Actor.MINISTRY_PENZA).body("{\"code\": \"58180036\", ").put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:opora:problem:malformed-json"))
                .body("title", equalTo("Некорректный JSON"))
                .body("status", equalTo(400));
        assertUnchanged();
    }

    @Test
    void wrongTypeNamesTheField() {
        Map<String, Object> body = Api.schoolUpdate(schoolId);
        body.put("studentsCount", "много");
        as(Actor.MINISTRY_PENZA).body(body).put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("studentsCount"))
                .body("errors[0].message", containsString("ожидается целое число"));
        assertUnchanged();
    }

    @Test
    void aZeroCharacterThatTheDatabaseCannotHoldNamesTheField() {
        Map<String, Object> body = Api.schoolUpdate(schoolId);
        body.put("address", "ул. Садовая\u0000, 1");
        as(Actor.MINISTRY_PENZA).body(body).put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("address"))
                .body("errors[0].message", containsString("символ с кодом 0"));
        assertUnchanged();
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        Map<String, Object> body = Api.schoolUpdate(schoolId);
        body.put("settlementType", "SUBURBAN");
        as(Actor.MINISTRY_PENZA).body(body).put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("settlementType"))
                .body("errors[0].message", containsString("«SUBURBAN»"))
                .body("errors[0].message", containsString("URBAN, RURAL"));
        assertUnchanged();
    }

    @Test
    void missingAndTooLongFieldsAreListedInRussian() {
        Map<String, Object> body = new HashMap<>(Api.schoolUpdate(schoolId));
        body.remove("shortName");
        body.put("address", "д".repeat(501));
        body.put("teachersCount", -1);
        body.put("levels", List.of());
        as(Actor.MINISTRY_PENZA).body(body).put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:opora:problem:validation"))
                .body("errors.field", hasItems("shortName", "address", "teachersCount", "levels"))
                .body("errors.find { it.field == 'shortName' }.message", equalTo("не должно быть пустым"))
                .body("errors.find { it.field == 'address' }.message", containsString("500"));
        assertUnchanged();
    }

    @Test
    void nestedFieldErrorsCarryTheirPath() {
        as(Actor.MINISTRY_PENZA)
                .body(Map.of("year", 2026, "category", "SHNOR", "document", Map.of("number", "", "date", "2026-01-01")))
                .post("/api/v1/schools/{id}/categories", schoolId)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItems("document.number", "document.authority"));
        as(Actor.MINISTRY_PENZA)
                .body(Map.of("year", 2026, "category", "SHNOR",
                        "document", Map.of("number", "1", "date", "13.10.2020", "authority", "Минобр")))
                .post("/api/v1/schools/{id}/categories", schoolId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("document.date"))
                .body("errors[0].message", containsString("ГГГГ-ММ-ДД"));
        assertUnchanged();
    }

    @Test
    void missingBodyIs400() {
        as(Actor.MINISTRY_PENZA).put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void staleVersionIs409AndChangesNothing() {
        Map<String, Object> first = Api.schoolUpdate(schoolId);
        Map<String, Object> second = Api.schoolUpdate(schoolId);
        first.put("studentsCount", ((Integer) first.get("studentsCount")) + 1);
        as(Actor.MINISTRY_PENZA).body(first).put("/api/v1/schools/{id}", schoolId).then().statusCode(200);
        Map<String, Object> afterFirst = Api.school(schoolId);

        second.put("address", "Адрес, который не должен сохраниться");
        as(Actor.MO_NIKOLSK).body(second).put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:opora:problem:stale-version"));
        assertEquals(afterFirst, Api.school(schoolId));
    }

    @Test
    void duplicateCodeIs409() {
        Map<String, Object> body = Api.schoolUpdate(schoolId);
        body.put("code", "5818003401");
        as(Actor.MINISTRY_PENZA).body(body).put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("МБОУ СОШ № 1 г. Никольска"));
        assertUnchanged();
    }

    @Test
    void pagingParametersAreCheckedAndHugePagesCapped() {
        as(Actor.MINISTRY_PENZA).queryParam("size", -5).get("/api/v1/schools")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
        as(Actor.MINISTRY_PENZA).queryParam("page", 0).get("/api/v1/schools")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("page"));
        as(Actor.MINISTRY_PENZA).queryParam("page", "abc").queryParam("category", "BEST").get("/api/v1/schools")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("page", "category"));
        as(Actor.MINISTRY_PENZA).queryParam("sort", "address").get("/api/v1/schools")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].message", containsString("shortName"));
        as(Actor.MINISTRY_PENZA).queryParam("size", 100000).get("/api/v1/schools")
                .then().statusCode(200).body("size", equalTo(100));
    }

    @Test
    void wrongMediaTypeIs415() {
        as(Actor.MINISTRY_PENZA).contentType(ContentType.TEXT).body("studentsCount=5")
                .put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(415).contentType(PROBLEM);
        assertUnchanged();
    }

    @Test
    void tooLargeBodyIs413() {
        Map<String, Object> body = Api.schoolUpdate(schoolId);
        body.put("fullName", "ш".repeat(1_200_000));
        as(Actor.MINISTRY_PENZA).body(body).put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(413).contentType(PROBLEM);
        assertUnchanged();
    }

    @Test
    void unknownPathAndMethodAreProblems() {
        as(Actor.MINISTRY_PENZA).get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        given().get("/nothing/here").then().statusCode(404).contentType(PROBLEM);
        as(Actor.MINISTRY_PENZA).get("/api/v1/schools/not-a-number").then().statusCode(404).contentType(PROBLEM);
        as(Actor.MINISTRY_PENZA).delete("/api/v1/schools/{id}", schoolId).then().statusCode(405).contentType(PROBLEM);
        as(Actor.MINISTRY_PENZA).get("/api/v1/schools/{id}", 987654321).then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("не найдена"));
    }

    @Test
    void categoryAlreadyActiveIs409() {
        Map<String, Object> category = Map.of("year", 2025, "category", "SHNSU",
                "document", Map.of("number", "2", "date", "2025-01-20", "authority", "Минобр"));
        as(Actor.MINISTRY_PENZA).body(category).post("/api/v1/schools/{id}/categories", schoolId)
                .then().statusCode(409).contentType(PROBLEM);
        assertUnchanged();
    }

    @Test
    void revokedCategoryStaysInHistoryAndCannotBeRevokedTwice() {
        long assignment = as(Actor.MINISTRY_PENZA)
                .body(Map.of("year", 2027, "category", "SHNOR",
                        "document", Map.of("number", "15", "date", "2027-01-15", "authority", "Минобр")))
                .post("/api/v1/schools/{id}/categories", schoolId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(Actor.MINISTRY_PENZA).body(Map.of("reason", "Ошибочно")).post(
                        "/api/v1/schools/{id}/categories/{a}/revocation", schoolId, assignment)
                .then().statusCode(200).body("active", equalTo(false)).body("revokedBy", equalTo("ministry.penza"));
        as(Actor.MINISTRY_PENZA).body(Map.of("reason", "Ещё раз")).post(
                        "/api/v1/schools/{id}/categories/{a}/revocation", schoolId, assignment)
                .then().statusCode(409).contentType(PROBLEM);
        as(Actor.MINISTRY_PENZA).get("/api/v1/schools/{id}/categories", schoolId).then().statusCode(200)
                .body("find { it.id == " + assignment + " }.revocationReason", equalTo("Ошибочно"))
                .body("year", hasItem(2027));
    }
}
