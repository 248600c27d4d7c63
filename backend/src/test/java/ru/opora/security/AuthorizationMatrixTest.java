package ru.opora.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Actor.ANONYMOUS;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_BALASHOV;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_KAMENKA1;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/**
 * Every operation × every role, against objects of the caller's own organisation and of another one.
 * Targets are Пензенская область, Никольский район and МБОУ СОШ № 1 г. Никольска. A wrong role is 403,
 * an object outside the caller's organisation is 404 (as if absent), no token is 401.
 * An operation in the OpenAPI contract without a row here fails {@link #everyOperationIsInTheMatrix}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Long penza;
    private Long nikolsk;
    private Long nikolskSchool;

    record Row(String operationId, Map<Actor, Integer> expected, Function<RequestSpecification, Response> call) {
    }

    /** Looked up on first use: the arguments are built before the application has started. */
    private void findTargets() {
        if (penza == null) {
            penza = Api.regionId("58");
            nikolsk = Api.municipalityId("56651000");
            nikolskSchool = Api.schoolId("5818003401");
        }
    }

    private static Map<Actor, Integer> expect(int ministryPenza, int ministrySaratov, int moNikolsk, int moKamenka,
                                              int moBalashov, int schoolNikolsk, int schoolKamenka) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(MINISTRY_PENZA, ministryPenza);
        expected.put(MINISTRY_SARATOV, ministrySaratov);
        expected.put(MO_NIKOLSK, moNikolsk);
        expected.put(MO_KAMENKA, moKamenka);
        expected.put(MO_BALASHOV, moBalashov);
        expected.put(SCHOOL_NIKOLSK1, schoolNikolsk);
        expected.put(SCHOOL_KAMENKA1, schoolKamenka);
        expected.put(ANONYMOUS, 401);
        return expected;
    }

    List<Row> rows() {
        return List.of(
                new Row("getMe", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/me")),
                new Row("listRegions", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/regions")),
                new Row("getRegion", expect(200, 404, 200, 200, 404, 200, 200),
                        r -> r.get("/api/v1/regions/{id}", penza)),
                new Row("listMunicipalities", expect(200, 404, 200, 200, 404, 200, 200),
                        r -> r.get("/api/v1/regions/{id}/municipalities", penza)),
                new Row("createMunicipality", expect(201, 404, 403, 403, 403, 403, 403),
                        r -> r.body(newMunicipality()).post("/api/v1/regions/{id}/municipalities", penza)),
                new Row("getMunicipality", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/municipalities/{id}", nikolsk)),
                new Row("updateMunicipality", expect(200, 404, 403, 403, 403, 403, 403),
                        r -> r.body(municipalityUpdate()).put("/api/v1/municipalities/{id}", nikolsk)),
                new Row("listSchools", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/schools")),
                new Row("createSchool", expect(201, 422, 403, 403, 403, 403, 403),
                        r -> r.body(newSchool()).post("/api/v1/schools")),
                new Row("getSchool", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/schools/{id}", nikolskSchool)),
                new Row("updateSchool", expect(200, 404, 200, 404, 404, 403, 403),
                        r -> r.body(Api.schoolUpdate(nikolskSchool)).put("/api/v1/schools/{id}", nikolskSchool)),
                new Row("listSchoolRevisions", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/schools/{id}/history", nikolskSchool)),
                new Row("listSchoolCategories", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/schools/{id}/categories", nikolskSchool)),
                new Row("assignSchoolCategory", expect(201, 404, 403, 403, 403, 403, 403),
                        r -> r.body(newCategory()).post("/api/v1/schools/{id}/categories", nikolskSchool)),
                new Row("revokeSchoolCategory", expect(200, 404, 403, 403, 403, 403, 403),
                        r -> r.body(Map.of("reason", "Проверка прав"))
                                .post("/api/v1/schools/{id}/categories/{a}/revocation", nikolskSchool,
                                        freshAssignment())));
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : rows()) {
            row.expected().forEach((actor, status) -> cells.add(Arguments.of(row.operationId(), actor, status, row)));
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cells")
    void statusMatchesTheMatrix(String operationId, Actor actor, int expected, Row row) {
        findTargets();
        Response response = row.call().apply(Api.as(actor));
        assertEquals(expected, response.statusCode(), operationId + " as " + actor + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0],
                    operationId + " as " + actor + " must answer problem+json");
        }
    }

    @Test
    void everyOperationIsInTheMatrix() {
        List<String> documented = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getList("paths.collect { it.value.collect { it.value.operationId } }.flatten()");
        TreeSet<String> covered = new TreeSet<>(rows().stream().map(Row::operationId).toList());
        assertEquals(new TreeSet<>(documented), covered, "every operation needs a row in the authorization matrix");
    }

    private static Map<String, Object> newMunicipality() {
        int n = SEQUENCE.incrementAndGet();
        return Map.of("oktmo", String.format("5699%04d", n), "name", "Тестовый округ " + n, "kind", "MUNICIPAL_OKRUG");
    }

    private Map<String, Object> municipalityUpdate() {
        Map<String, Object> current = Api.as(MINISTRY_PENZA).get("/api/v1/municipalities/{id}", nikolsk).then()
                .statusCode(200).extract().jsonPath().getMap("");
        return Map.of("oktmo", current.get("oktmo"), "name", current.get("name"), "kind", current.get("kind"),
                "version", current.get("version"));
    }

    private Map<String, Object> newSchool() {
        int n = SEQUENCE.incrementAndGet();
        return Map.of("municipalityId", nikolsk, "code", String.format("58189%05d", n),
                "fullName", "Муниципальное бюджетное общеобразовательное учреждение «Тестовая школа № " + n + "»",
                "shortName", "Тестовая школа № " + n, "address", "Пензенская обл., г. Никольск",
                "settlementType", "URBAN", "levels", List.of("PRIMARY", "BASIC"),
                "studentsCount", 100, "teachersCount", 10);
    }

    private static Map<String, Object> newCategory() {
        // Each call needs a category not yet active; years far apart keep the calls independent.
        int year = 2030 + SEQUENCE.incrementAndGet();
        return Map.of("year", year, "category", "SHNSU",
                "document", Map.of("number", "1-т", "date", "2026-01-10", "authority", "Министерство образования"));
    }

    private long freshAssignment() {
        return Api.as(MINISTRY_PENZA).body(newCategory()).post("/api/v1/schools/{id}/categories", nikolskSchool)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
