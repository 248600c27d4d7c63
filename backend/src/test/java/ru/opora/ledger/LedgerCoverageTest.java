package ru.opora.ledger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import ru.opora.common.ConcurrentUpdateTest;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;
import ru.opora.support.RiskProfiles;
import ru.opora.support.Roadmaps;

/**
 * Every write operation of the contract (POST, PUT, PATCH, DELETE in openapi.yaml) leaves at least one ledger entry
 * carrying the request's id. The calls are the authorization matrix's own: for each write operation, its row is replayed
 * as the first actor the matrix expects to succeed, so an operation another feature adds is checked here as soon as it
 * has its matrix row, with no list to keep in this class. Only rows that do not save (dry runs) are replaced by a call
 * that does, and PUT rows that send the object unchanged by ones that change it ({@link #SAVING}): the ledger records
 * changes, and a write that changes nothing has none to record. An operation that writes without an entry, or has no successful call, fails its test.
 */
@QuarkusTest
class LedgerCoverageTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    AgroalDataSource db;

    /** An actor and a call that saves, for operations whose matrix row only checks (dryRun=true). */
    record Saving(Actor actor, Function<RequestSpecification, Response> call) {
    }

    /** POST operations that compute an answer from the body and save nothing (the criteria editor's preview). */
    private static final java.util.Set<String> COMPUTES_ONLY = java.util.Set.of("previewRule");

    private static final Map<String, java.util.function.Supplier<Saving>> SAVING = Map.ofEntries(
            // The matrix's PUT rows send the object as it is: nothing changes, so nothing is written. These change it.
            Map.entry("updateSchool", () -> {
                long school = Api.schoolId("5818003401");
                Map<String, Object> body = Api.schoolUpdate(school);
                body.put("teachersCount", ((Number) body.get("teachersCount")).intValue() + 1);
                return new Saving(Actor.MO_NIKOLSK, r -> r.body(body).put("/api/v1/schools/{id}", school));
            }),
            Map.entry("updateMunicipality", () -> {
                int n = SEQUENCE.incrementAndGet();
                long id = Api.as(Actor.MINISTRY_PENZA).body(Map.of("oktmo", String.format("5698%04d", n),
                                "name", "Округ " + n, "kind", "MUNICIPAL_OKRUG"))
                        .post("/api/v1/regions/{id}/municipalities", Api.regionId("58")).then().statusCode(201)
                        .extract().jsonPath().getLong("id");
                return new Saving(Actor.MINISTRY_PENZA, r -> r.body(Map.of("oktmo", String.format("5698%04d", n),
                        "name", "Округ " + n + " (новое название)", "kind", "MUNICIPAL_OKRUG", "version", 0))
                        .put("/api/v1/municipalities/{id}", id));
            }),
            Map.entry("updateIndicator", () -> {
                String code = "LEDGER_" + SEQUENCE.incrementAndGet();
                int id = Api.as(Actor.MINISTRY_PENZA).body(Campaigns.regionalIndicator(code)).post("/api/v1/indicators")
                        .then().statusCode(201).extract().jsonPath().getInt("id");
                Map<String, Object> body = new java.util.HashMap<>(Campaigns.regionalIndicator(code));
                body.put("name", "Новое название показателя " + code);
                body.put("version", 0);
                return new Saving(Actor.MINISTRY_PENZA, r -> r.body(body).put("/api/v1/indicators/{id}", id));
            }),
            Map.entry("updateCampaign", () -> {
                Map<String, Object> body = Campaigns.body("Черновик", "2040", List.of("STAFFING_RATE"), Map.of());
                long draft = Campaigns.create(Actor.MINISTRY_PENZA, body);
                Map<String, Object> changed = new java.util.HashMap<>(body);
                changed.put("name", "Черновик (переименован)");
                changed.put("version", 0);
                return new Saving(Actor.MINISTRY_PENZA, r -> r.body(changed).put("/api/v1/campaigns/{id}", draft));
            }),
            // Rows that only check (dryRun=true) are replaced by ones that save.
            Map.entry("importIndicatorValues", () -> new Saving(Actor.MINISTRY_PENZA, r -> r.contentType("text/csv")
                    .body("school_code;indicator_code;period;value\n5818003401;STAFFING_RATE;" + (2300 + SEQUENCE.incrementAndGet())
                            + ";90\n").post("/api/v1/indicator-values/imports"))),
            Map.entry("importAssessmentResults", () -> new Saving(Actor.MINISTRY_PENZA, r -> r.contentType("text/csv")
                    .body("school_code;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5\n5818003401;"
                            + (2300 + SEQUENCE.incrementAndGet()) + ";MATH;4;10;1;2;3;4\n")
                    .post("/api/v1/indicator-values/assessment-imports"))),
            Map.entry("importRoadmapItems", () -> {
                long draft = Roadmaps.draft(Actor.MO_NIKOLSK).id();
                return new Saving(Actor.MO_NIKOLSK, r -> r.contentType("multipart/form-data").queryParam("dryRun", "false")
                        .multiPart("file", "plan.csv", "№ п/п;Мероприятие;Сроки\n1.5;Совещание;март 2025\n"
                                .getBytes(StandardCharsets.UTF_8), "text/csv")
                        .post("/api/v1/roadmaps/{id}/import", draft));
            }),
            // The matrix clears overrides and sets an empty derivation: nothing changes. These set a level and a rule.
            Map.entry("overrideRiskLevels", () -> {
                RiskProfiles.Fixture submitted = RiskProfiles.fresh(RiskProfiles.Stage.SUBMITTED);
                long version = RiskProfiles.version(submitted);
                long motivation = RiskProfiles.factorId("LOW_MOTIVATION");
                return new Saving(Actor.MO_NIKOLSK, r -> r.body(Map.of("version", version, "overrides", List.of(Map.of(
                                "factorId", motivation, "level", "HIGH", "comment", "Журнал: решение муниципалитета"))))
                        .put("/api/v1/schools/{id}/risk-profiles/{year}/overrides", submitted.school(), submitted.year()));
            }),
            Map.entry("setRiskDerivation", () -> {
                long factor = Api.as(Actor.MINISTRY_PENZA).body(RiskProfiles.factor("LEDGER_RISK_" + SEQUENCE.incrementAndGet()))
                        .post("/api/v1/risk-factors").then().statusCode(201).extract().jsonPath().getLong("id");
                Map<String, Object> condition = new java.util.HashMap<>();
                condition.put("indicatorId", Campaigns.indicatorId("STAFFING_RATE"));
                condition.put("cuts", List.of());
                condition.put("cutMatch", "ANY");
                condition.put("comparison", "LT");
                condition.put("threshold", 50);
                condition.put("yearsRequired", 1);
                condition.put("yearsWindow", 1);
                condition.put("missingData", "NOT_MET");
                return new Saving(Actor.MINISTRY_PENZA, r -> r.body(Map.of("version", 0, "rules",
                        List.of(Map.of("level", "HIGH", "condition", condition)))).put("/api/v1/risk-factors/{id}/derivation", factor));
            }),
            Map.entry("uploadCampaignTemplate", () -> {
                long campaign = Campaigns.fresh(Campaigns.Stage.OPEN).campaign();
                return new Saving(Actor.MINISTRY_PENZA, r -> r
                        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .body(staffingTemplate()).post("/api/v1/campaigns/{id}/template", campaign));
            }));

    @TestFactory
    Stream<DynamicTest> everyWriteOperationLeavesAnEntry() throws Exception {
        Matrix matrix = Matrix.load();
        List<DynamicTest> tests = new ArrayList<>();
        for (String operation : writeOperations()) {
            if (COMPUTES_ONLY.contains(operation)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(operation, () -> {
                Saving call = SAVING.containsKey(operation) ? SAVING.get(operation).get() : changing(operation);
                if (call == null) {
                    call = matrix.successfulCall(operation);
                }
                String requestId = "ledger-" + operation + "-" + SEQUENCE.incrementAndGet();
                Response response = call.call().apply(Api.as(call.actor()).header("X-Request-Id", requestId));
                assertTrue(response.statusCode() >= 200 && response.statusCode() < 300,
                        operation + " as " + call.actor() + " should succeed: " + response.statusCode() + " " + response.asString());
                assertTrue(entries(requestId) > 0, operation + " saved without a ledger entry (request " + requestId + "): "
                        + response.asString());
            }));
        }
        return tests.stream();
    }

    /**
     * A PUT that changes its object, taken from the concurrency test's case for the operation (the matrix's PUT rows
     * may send the object unchanged, which has nothing to record); null for other operations.
     */
    private static Saving changing(String operation) {
        ConcurrentUpdateTest.Target target = ConcurrentUpdateTest.target(operation);
        return target == null ? null : new Saving(target.actor(), r -> r.body(target.body().apply(1)).put(target.path()));
    }

    /** The write operations of the running contract. */
    static List<String> writeOperations() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        TreeSet<String> writes = new TreeSet<>();
        paths.values().forEach(item -> item.forEach((method, operation) -> {
            if (List.of("post", "put", "patch", "delete").contains(method)) {
                writes.add((String) operation.get("operationId"));
            }
        }));
        return new ArrayList<>(writes);
    }

    private long entries(String requestId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from audit_entry where request_id = ?")) {
            s.setString(1, requestId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The rows of ru.opora.security.AuthorizationMatrixTest, read as that test builds them. */
    private record Matrix(Map<String, List<Object>> rows) {

        @SuppressWarnings("unchecked")
        static Matrix load() throws ReflectiveOperationException {
            Class<?> type = Class.forName("ru.opora.security.AuthorizationMatrixTest");
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object matrix = constructor.newInstance();
            Method targets = type.getDeclaredMethod("findTargets");
            targets.setAccessible(true);
            targets.invoke(matrix);
            Method rows = type.getDeclaredMethod("rows");
            rows.setAccessible(true);
            Map<String, List<Object>> byOperation = new TreeMap<>();
            for (Object row : (List<Object>) rows.invoke(matrix)) {
                byOperation.computeIfAbsent((String) component(row, "operationId"), k -> new ArrayList<>()).add(row);
            }
            return new Matrix(byOperation);
        }

        /** The operation's first row and actor the matrix expects to succeed. */
        @SuppressWarnings("unchecked")
        Saving successfulCall(String operation) throws ReflectiveOperationException {
            for (Object row : rows.getOrDefault(operation, List.of())) {
                for (Map.Entry<Actor, Integer> cell : ((Map<Actor, Integer>) component(row, "expected")).entrySet()) {
                    if (cell.getValue() >= 200 && cell.getValue() < 300) {
                        return new Saving(cell.getKey(), (Function<RequestSpecification, Response>) component(row, "call"));
                    }
                }
            }
            throw new AssertionError(operation + " has no row in the authorization matrix that succeeds");
        }

        private static Object component(Object record, String name) throws ReflectiveOperationException {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return accessor.invoke(record);
                }
            }
            throw new NoSuchFieldException(name);
        }
    }

    /** A filled template of a campaign over STAFFING_RATE with one value for МБОУ СОШ № 1 г. Никольска. */
    private static byte[] staffingTemplate() {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Значения");
            var codes = sheet.createRow(2);
            codes.createCell(0).setCellValue("school_code");
            codes.createCell(3).setCellValue("STAFFING_RATE");
            var row = sheet.createRow(5);
            row.createCell(0).setCellValue("5818003401");
            row.createCell(3).setCellValue(90);
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
