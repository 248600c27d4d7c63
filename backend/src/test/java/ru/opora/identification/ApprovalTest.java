package ru.opora.identification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.opora.support.Identification;

/**
 * The ministry approves the proposed list with its order, with an expert's addition and exclusion, in one transaction
 * that makes the year's category assignments through the school registry; the set is then frozen. Works on ШНСУ of
 * the test region, whose list of the year before is empty, so that the ШНОР tests of {@link IdentificationTest} are
 * not touched.
 */
@QuarkusTest
class ApprovalTest {

    private static final String SETS = "/api/v1/identification/criteria-sets";
    private static final String LISTS = "/api/v1/identification/lists";

    private Identification.Fixture data;

    @BeforeEach
    void data() {
        data = Identification.fixture();
    }

    private long shnsuSet(int year, String name) {
        Map<String, Object> body = Identification.set(name, Identification.lowResults("FLAG"), null);
        body.put("category", "SHNSU");
        body.put("year", year);
        return Identification.ministry().body(body).post(SETS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> order(String number) {
        return Map.of("kind", "Приказ", "number", number, "date", "2048-01-20",
                "authority", "Министерство образования Тестовой области");
    }

    private static Map<String, Object> approval(long version, Map<String, Object> document, List<Map<String, Object>> additions,
                                                List<Map<String, Object>> exclusions) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("version", version);
        body.put("document", document);
        body.put("additions", additions);
        body.put("exclusions", exclusions);
        return body;
    }

    private List<Map<String, Object>> categories(String school) {
        return Identification.ministry().get("/api/v1/schools/{id}/categories", data.school(school)).then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    private static Map<String, Object> shnsu2048(List<Map<String, Object>> categories) {
        return categories.stream().filter(c -> c.get("year").equals(2048) && c.get("category").equals("SHNSU")
                && Boolean.TRUE.equals(c.get("active"))).findFirst().orElse(null);
    }

    @Test
    void approvalMakesTheYearsAssignmentsWithTheOrderKeepsHistoryAndFreezesTheSet() throws Exception {
        long set = shnsuSet(2048, "ШНСУ 2048");
        // S1 already holds ШНСУ for 2048 (kept); S3 holds it but is not proposed (revoked on approval).
        long s1Held = assign("S1");
        long s3Held = assign("S3");
        // Proposed: S1, S2, S9 (entering). The expert excludes S2 and adds the flagged S6, each with a reason.
        Identification.ministry().body(approval(0, null, List.of(), List.of())).post(SETS + "/{id}/approval", set)
                .then().statusCode(422).body("errors.field", equalTo(List.of("document")));
        Identification.ministry().body(approval(0, order("17-о"),
                        List.of(Map.of("schoolId", data.school("S2"), "reason", "уже в перечне"),
                                Map.of("schoolId", 987_654_321L, "reason", "нет такой")),
                        List.of(Map.of("schoolId", data.school("S6"), "reason", "не предлагается"))))
                .post(SETS + "/{id}/approval", set).then().statusCode(422)
                .body("errors.field", equalTo(List.of("additions[1].schoolId", "additions[0].schoolId", "exclusions[0].schoolId")));
        Identification.ministry().get(LISTS).then().statusCode(200).body("items.year", not(hasItem(2048)));

        JsonPath list = Identification.ministry().body(approval(0, order("17-о"),
                        List.of(Map.of("schoolId", data.school("S6"), "reason", "Выездная экспертиза РРГ подтвердила низкие результаты")),
                        List.of(Map.of("schoolId", data.school("S2"), "reason", "Результаты 2047 года аннулированы"))))
                .post(SETS + "/{id}/approval", set).then().statusCode(201)
                .body("document.number", equalTo("17-о"))
                .body("counts.listed", equalTo(3)).body("counts.entering", equalTo(2)).body("counts.added", equalTo(1))
                .body("counts.excluded", equalTo(1))
                .extract().jsonPath();
        Map<String, String> decisions = new TreeMap<>();
        for (Map<String, Object> e : list.<Map<String, Object>>getList("entries")) {
            decisions.put(data.name(((Number) e.get("schoolId")).longValue()), (String) e.get("decision"));
        }
        assertEquals(new TreeMap<>(Map.of("S1", "INCLUDED", "S9", "INCLUDED", "S6", "ADDED", "S2", "EXCLUDED",
                "S7", "NOT_INCLUDED", "S3", "NOT_INCLUDED")), decisions);
        assertEquals("Выездная экспертиза РРГ подтвердила низкие результаты",
                list.getString("entries.find { it.decision == 'ADDED' }.reason"));

        // The assignments: made with the order for S9 and S6, kept for S1, revoked with the order named for S3.
        assertEquals("17-о", ((Map<?, ?>) shnsu2048(categories("S9")).get("document")).get("number"));
        assertEquals("17-о", ((Map<?, ?>) shnsu2048(categories("S6")).get("document")).get("number"));
        assertEquals(s1Held, ((Number) shnsu2048(categories("S1")).get("id")).longValue());
        assertEquals(null, shnsu2048(categories("S2")));
        Map<String, Object> revoked = categories("S3").stream().filter(c -> ((Number) c.get("id")).longValue() == s3Held)
                .findFirst().orElseThrow();
        assertEquals(false, revoked.get("active"));
        assertTrue(((String) revoked.get("revocationReason")).contains("приказ № 17-о от 20.01.2048"), revoked.toString());

        // The set is frozen: edits are 409, a second approval too; a new version is editable.
        JsonPath frozen = Identification.ministry().get(SETS + "/{id}", set).then().statusCode(200)
                .body("frozen", equalTo(true)).body("allowed", equalTo(List.of("RUN", "NEW_VERSION"))).extract().jsonPath();
        Map<String, Object> edit = Identification.set("Правка", Identification.lowResults("FLAG"), null);
        edit.put("category", "SHNSU");
        edit.put("version", frozen.getLong("version"));
        Identification.ministry().body(edit).put(SETS + "/{id}", set).then().statusCode(409);
        Identification.ministry().body(approval(frozen.getLong("version"), order("18-о"), List.of(), List.of()))
                .post(SETS + "/{id}/approval", set).then().statusCode(409);
        long next = Identification.ministry().body(Map.of()).post(SETS + "/{id}/versions", set).then().statusCode(201)
                .body("setVersion", equalTo(2)).body("previousId", equalTo((int) set)).body("frozen", equalTo(false))
                .body("allowed", equalTo(List.of("EDIT", "RUN", "NEW_VERSION")))
                .extract().jsonPath().getLong("id");
        // The year is approved: another version cannot approve it again.
        Identification.ministry().body(approval(0, order("19-о"), List.of(), List.of()))
                .post(SETS + "/{id}/approval", next).then().statusCode(409);

        // The school sees its own status and why; never another school's.
        long listId = list.getLong("id");
        Identification.as("school", "SCHOOL", Identification.code(9)).get(LISTS + "/{id}", listId).then().statusCode(200)
                .body("entries.schoolId", equalTo(List.of((int) data.school("S9"))))
                .body("entries[0].evidence.entry.rules[0].years.status", equalTo(List.of("MET", "MET")));
        Identification.as("school", "SCHOOL", Identification.code(4)).get(LISTS + "/{id}", listId).then().statusCode(200)
                .body("entries", equalTo(List.of())).body("counts.listed", equalTo(0));
        Identification.as("school", "SCHOOL", Identification.code(9)).accept("*/*").get(LISTS + "/{id}/export", listId).then()
                .statusCode(403);
        Identification.as("municipality", "MUNICIPALITY", Identification.OKTMO).get(LISTS + "/{id}", listId).then()
                .statusCode(200).body("counts.listed", equalTo(3));

        // The appendix to the order, read back.
        byte[] docx = Identification.ministry().accept("*/*").queryParam("format", "docx").get(LISTS + "/{id}/export", listId)
                .then().statusCode(200).contentType(ListExport.DOCX).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = document.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(text.contains("к приказу № 17-о от 20.01.2048"), text);
            assertTrue(text.contains("Перечень ШНСУ на 2048 год"), text);
            XWPFTable table = document.getTables().get(0);
            assertEquals(List.of("№ п/п", "Муниципальное образование", "Образовательная организация", "ИНН", "Категория",
                    "Основание"), table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(4, table.getRows().size(), "the header and the three listed schools");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r < table.getRows().size(); r++) {
                rows.add(table.getRow(r).getTableCells().stream().map(c -> c.getText()).toList());
            }
            assertEquals(List.of("1", "2", "3"), rows.stream().map(r -> r.get(0)).toList());
            assertEquals(List.of("Тестовая школа S1", "Тестовая школа S6", "Тестовая школа S9"),
                    rows.stream().map(r -> r.get(2)).sorted().toList());
            List<String> s6 = rows.stream().filter(r -> r.get(2).equals("Тестовая школа S6")).findFirst().orElseThrow();
            assertEquals(List.of("Тестовый район", Identification.code(6), "ШНСУ"), List.of(s6.get(1), s6.get(3), s6.get(4)));
            assertEquals("решение эксперта: Выездная экспертиза РРГ подтвердила низкие результаты", s6.get(5));
            assertTrue(rows.stream().filter(r -> r.get(2).equals("Тестовая школа S9")).findFirst().orElseThrow().get(5)
                    .startsWith("соответствует критериям: Доля «2» по ВПР ≥ 30 % (2046, 2047)"));
        }
        byte[] xlsx = Identification.ministry().accept("*/*").queryParam("format", "xlsx").get(LISTS + "/{id}/export", listId)
                .then().statusCode(200).contentType(ListExport.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Перечень ШНСУ на 2048 год", workbook.getSheet("Перечень").getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, workbook.getSheet("Перечень").getLastRowNum() - 3);
            assertEquals(6, workbook.getSheet("Решения").getLastRowNum(), "six decisions under the header");
        }
        Identification.ministry().accept("*/*").queryParam("format", "pdf").get(LISTS + "/{id}/export", listId).then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void ofConcurrentApprovalsOfOneYearExactlyOneWins() throws Exception {
        int n = 4;
        List<Long> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sets.add(shnsuSet(2049, "Гонка " + i));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                long set = sets.get(i);
                String number = "гонка-" + i;
                answers.add(pool.submit(() -> {
                    var request = RestAssured.given().contentType("application/json").accept("application/json")
                            .header("Authorization", Identification.bearer()).body(approval(0, order(number), List.of(), List.of()));
                    go.await();
                    return request.post(SETS + "/{id}/approval", set);
                }));
            }
            go.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Response> answer : answers) {
                statuses.merge(answer.get(120, TimeUnit.SECONDS).statusCode(), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 1, 409, n - 1), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Identification.ministry().queryParam("year", 2049).get(LISTS).then().statusCode(200)
                .extract().jsonPath().getList("items").size());
        // Each listed school got one assignment for 2049, from the winning order.
        for (String school : data.schools().keySet()) {
            long active = categories(school).stream().filter(c -> c.get("year").equals(2049) && Boolean.TRUE.equals(c.get("active")))
                    .count();
            assertTrue(active <= 1, school + " has " + active + " assignments for 2049");
        }
    }

    @Test
    void aSetChangedSinceItWasReadIsNotApproved() {
        long set = shnsuSet(2050, "Устаревшая версия");
        Map<String, Object> edit = Identification.set("Изменённая", Identification.lowResults("FLAG"), null);
        edit.put("category", "SHNSU");
        edit.put("year", 2050);
        edit.put("version", 0);
        Identification.ministry().body(edit).put(SETS + "/{id}", set).then().statusCode(200);
        Identification.ministry().body(approval(0, order("20-о"), List.of(), List.of())).post(SETS + "/{id}/approval", set)
                .then().statusCode(409).body("type", equalTo("urn:opora:problem:stale-version"));
    }

    private long assign(String school) {
        return Identification.ministry().body(Map.of("year", 2048, "category", "SHNSU", "document", Map.of("number", "5-о",
                        "date", "2047-12-20", "authority", "Министерство образования Тестовой области")))
                .post("/api/v1/schools/{id}/categories", data.school(school)).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
