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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.opora.support.ContractValidation;
import ru.opora.support.Campaigns;
import ru.opora.support.RawHttp;
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
        as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body("{\"code\": \"58180036\", ").put("/api/v1/schools/{id}", schoolId)
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
        as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).put("/api/v1/schools/{id}", schoolId)
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
        as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).put("/api/v1/schools/{id}", schoolId)
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
        as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:opora:problem:validation"))
                .body("errors.field", hasItems("shortName", "address", "teachersCount", "levels"))
                .body("errors.find { it.field == 'shortName' }.message", equalTo("не должно быть пустым"))
                .body("errors.find { it.field == 'address' }.message", containsString("500"));
        assertUnchanged();
    }

    @Test
    void nestedFieldErrorsCarryTheirPath() {
        as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest())
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
        as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).put("/api/v1/schools/{id}", schoolId)
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

    @Test
    void aRiskFactorOnAnItemOfARoadmapThatIsNotASchoolsIs422AndNothingIsSaved() {
        long factor = ru.opora.support.RiskProfiles.factorId("TEACHER_SHORTAGE");
        ru.opora.support.Roadmaps.Fixture municipal = ru.opora.support.Roadmaps.draft(Actor.MO_NIKOLSK);
        Map<String, Object> item = ru.opora.support.Roadmaps.item(municipal.sectionId(), "1.9", null, null);
        item.put("riskFactorId", factor);
        refusesField(as(Actor.MO_NIKOLSK).body(item).post("/api/v1/roadmaps/{id}/items", municipal.id()), 422, "riskFactorId");
        Map<String, Object> existing = ru.opora.support.Roadmaps.item(municipal.sectionId(), "1.1", "2025-02-01", "2025-03-31");
        existing.put("riskFactorId", factor);
        existing.put("version", 0);
        refusesField(as(Actor.MO_NIKOLSK).body(existing).put("/api/v1/roadmaps/{id}/items/{i}", municipal.id(), municipal.item()),
                422, "riskFactorId");
        as(Actor.MO_NIKOLSK).get("/api/v1/roadmaps/{id}", municipal.id()).then().statusCode(200)
                .body("sections[0].items.number", equalTo(List.of("1.1", "1.2")))
                .body("sections[0].items.riskFactorId", equalTo(java.util.Arrays.asList(null, null)));
        // The region's complex of measures neither.
        ru.opora.support.Roadmaps.Fixture regional = ru.opora.support.Roadmaps.draft(Actor.MINISTRY_PENZA);
        Map<String, Object> regionalItem = ru.opora.support.Roadmaps.item(regional.sectionId(), "1.9", null, null);
        regionalItem.put("riskFactorId", factor);
        refusesField(as(Actor.MINISTRY_PENZA).body(regionalItem).post("/api/v1/roadmaps/{id}/items", regional.id()), 422,
                "riskFactorId");
    }

    private static void refusesField(Response response, int status, String field) {
        response.then().log().ifValidationFails().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));
    }

    /** The reproductions of issue 19: each of these answered 500. */
    @Test
    void aZeroCharacterInAQueryParameterIs400NamingIt() {
        long campaign = Campaigns.openInNikolsk("2091", List.of("STAFFING_RATE"));
        refusesField(as(Actor.MINISTRY_PENZA).queryParam("q", "a\u0000b").get("/api/v1/schools"), 400, "q");
        refusesField(as(Actor.MINISTRY_PENZA).queryParam("q", "a\u0000b").get("/api/v1/roadmaps"), 400, "q");
        refusesField(as(Actor.MINISTRY_PENZA).queryParam("direction", "a\u0000b").get("/api/v1/roadmaps"), 400,
                "direction");
        refusesField(as(Actor.MINISTRY_PENZA).queryParam("q", "a\u0000b")
                .get("/api/v1/campaigns/{id}/forms", campaign), 400, "q");
        refusesField(as(Actor.MINISTRY_PENZA).contentType("text/csv; charset=UTF-8").queryParam("fileName", "a\u0000.csv")
                .body("school;indicator;period;key;kind;value;comment\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/indicator-values/imports"), 400, "fileName");
        refusesField(as(Actor.MINISTRY_PENZA).contentType("text/csv; charset=UTF-8").queryParam("fileName", "a\u0000.csv")
                .body("a;b\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/indicator-values/assessment-imports"), 400, "fileName");
        refusesField(as(Actor.MINISTRY_PENZA).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("fileName", "a\u0000.xlsx").body(new byte[] {80, 75, 3, 4})
                .post("/api/v1/campaigns/{id}/template", campaign), 400, "fileName");
        assertUnchanged();
    }

    /**
     * A 400 naming the field. Vert.x itself refuses some requests before the application sees them (a bad %-escape
     * in the request line, a control character in a header) with a bodiless 400; that is accepted as a 400 here.
     */
    private static void rawRefuses(RawHttp.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.head() + "\n" + answer.body());
        if (!answer.body().isEmpty()) {
            org.junit.jupiter.api.Assertions.assertTrue(answer.isProblem(), answer.head());
            org.junit.jupiter.api.Assertions.assertTrue(answer.body().contains("\"field\":\"" + field + "\""),
                    answer.body());
        }
    }

    private static void rawRefusesAsProblem(RawHttp.Answer answer, String field) {
        rawRefuses(answer, field);
        org.junit.jupiter.api.Assertions.assertTrue(answer.isProblem(), answer.head());
    }

    @Test
    void invalidEncodingInTheQueryOrPathIs400() {
        rawRefuses(RawHttp.get("/api/v1/schools?q=%zz", Actor.MINISTRY_PENZA), "q");
        rawRefuses(RawHttp.get("/api/v1/schools?q=%C3%28", Actor.MINISTRY_PENZA), "q");
        // A lone surrogate (U+D800) as UTF-8 bytes is not text.
        rawRefuses(RawHttp.get("/api/v1/schools?q=%ED%A0%80", Actor.MINISTRY_PENZA), "q");
        rawRefusesAsProblem(RawHttp.get("/api/v1/schools?q=a%00b", Actor.MINISTRY_PENZA), "q");
        rawRefuses(RawHttp.get("/api/v1/roadmaps/1/reports/2025%00Q1", Actor.MINISTRY_PENZA), "path");
        rawRefuses(RawHttp.get("/api/v1/roadmaps/1/reports/%FF", Actor.MINISTRY_PENZA), "path");
    }

    @Test
    void aZeroCharacterInAHeaderIs400NamingIt() {
        RawHttp.Answer answer = RawHttp.get("/api/v1/schools", Actor.MINISTRY_PENZA, "X-Request-Note: a\u0000b");
        rawRefuses(answer, "X-Request-Note");
    }

    @Test
    void tooLongUriAndHeadersAreProblems() {
        as(Actor.MINISTRY_PENZA).queryParam("q", "ш".repeat(20_000)).get("/api/v1/schools")
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
        as(Actor.MINISTRY_PENZA).header("X-Padding", "x".repeat(40_000)).get("/api/v1/schools")
                .then().statusCode(431).contentType(PROBLEM).body("status", equalTo(431));
        as(Actor.MINISTRY_PENZA).queryParam("q", "школа").get("/api/v1/schools").then().statusCode(200);
    }

    @Test
    void aJsonBodyWithoutContentTypeIs415() {
        Map<String, Object> body = Api.schoolUpdate(schoolId);
        body.put("address", "Адрес без типа тела");
        given().header("Authorization", Actor.MINISTRY_PENZA.bearer()).accept(ContentType.JSON)
                .body(toJson(body).getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/schools/{id}", schoolId)
                .then().statusCode(415).contentType(PROBLEM);
        assertUnchanged();
    }

    @Test
    void numbersAreNotTakenForStringsNorFractionsForIntegers() {
        Map<String, Object> body = Api.schoolUpdate(schoolId);
        body.put("shortName", 12345);
        refusesField(as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).put("/api/v1/schools/{id}", schoolId), 400, "shortName");
        body = Api.schoolUpdate(schoolId);
        body.put("version", ((Number) body.get("version")).doubleValue() + 0.5);
        refusesField(as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).put("/api/v1/schools/{id}", schoolId), 400, "version");
        body = Api.schoolUpdate(schoolId);
        body.put("studentsCount", 10.5);
        refusesField(as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).put("/api/v1/schools/{id}", schoolId), 400, "studentsCount");
        body = Api.schoolUpdate(schoolId);
        body.put("settlementType", 0);
        refusesField(as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(body).put("/api/v1/schools/{id}", schoolId), 400,
                "settlementType");
        assertUnchanged();
    }

    /**
     * Every operation of the contract, with the character 0 in each of its query parameters, answers 400 naming the
     * parameter and never 5xx; a new endpoint is covered as soon as it is in openapi.yaml.
     */
    @Test
    void everyQueryParameterOfTheContractRefusesTheZeroCharacter() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(OpenApiContractTest.COMMITTED.toFile()).get("paths");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                String url = path.getKey().replaceAll("\\{period}", "2025-Q1").replaceAll("\\{[^}]+}", "1");
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if (!parameter.path("in").asText().equals("query")) {
                        continue;
                    }
                    String name = parameter.path("name").asText();
                    Response response = as(Actor.MINISTRY_PENZA).queryParam(name, "a\u0000b")
                            .request(operation.getKey().toUpperCase(java.util.Locale.ROOT), url);
                    checked++;
                    boolean named = response.statusCode() == 400 && response.contentType().startsWith(PROBLEM)
                            && response.jsonPath().getList("errors.field").contains(name);
                    if (!named) {
                        failures.add(operation.getKey() + " " + url + " ?" + name + " → " + response.statusCode());
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "of " + checked + " query parameters");
        org.junit.jupiter.api.Assertions.assertTrue(checked > 50, "the contract's query parameters were walked");
    }

    private static String toJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
