package ru.opora.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/** The campaign's XLSX template: download with stored values, fill offline, upload back, all or nothing. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignTemplateTest {

    private static final String TEMPLATE = "/api/v1/campaigns/{id}/template";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PERIOD = "2029";

    private long campaign;
    private long nikolsk1;

    /** Made on first use: the application is not up yet when JUnit builds the test instance. */
    @BeforeEach
    void openCampaign() {
        if (campaign != 0) {
            return;
        }
        campaign = Campaigns.openInNikolsk(PERIOD, List.of("STAFFING_RATE", "VPR_NON_OBJECTIVE", "TEACHERS_TRAINED_SHARE", "VPR_MARK_2"));
        nikolsk1 = Api.schoolId("5818003401");
        JsonPath form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, nikolsk1);
        Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(Campaigns.number(form, "STAFFING_RATE", 90)))
                .put(Campaigns.FORM + "/values", campaign, nikolsk1).then().statusCode(200);
    }

    static byte[] download(Actor actor, long campaign) {
        return Api.as(actor).accept(XLSX).get(TEMPLATE, campaign).then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
    }

    static Response upload(Actor actor, long campaign, byte[] workbook) {
        return Api.as(actor).contentType(XLSX).body(workbook).post(TEMPLATE, campaign);
    }

    /** The sheet as a table: the codes row (keys by column) and the data rows by school code. */
    record Sheet2(List<String> keys, Map<String, Map<String, String>> rows) {
    }

    static Sheet2 read(byte[] workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            Row codes = sheet.getRow(2);
            assertEquals("school_code", codes.getCell(0).getStringCellValue());
            List<String> keys = new ArrayList<>();
            for (int c = 0; c < codes.getLastCellNum(); c++) {
                keys.add(formatter.formatCellValue(codes.getCell(c)));
            }
            Map<String, Map<String, String>> rows = new HashMap<>();
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                for (int c = 1; c < keys.size(); c++) {
                    Cell cell = row.getCell(c);
                    String text = cell == null ? "" : formatter.formatCellValue(cell);
                    if (!text.isEmpty()) {
                        values.put(c < 3 ? "name" + c : keys.get(c), text);
                    }
                }
                rows.put(row.getCell(0).getStringCellValue(), values);
            }
            return new Sheet2(keys, rows);
        }
    }

    /** The downloaded workbook with some cells set: school code → column key → value (a String or a Number). */
    static byte[] fill(byte[] workbook, Map<String, Map<String, Object>> changes, List<String> extraSchools) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            Row codes = sheet.getRow(2);
            Map<String, Integer> columns = new HashMap<>();
            for (int c = 0; c < codes.getLastCellNum(); c++) {
                if (codes.getCell(c) != null) {
                    columns.put(codes.getCell(c).getStringCellValue(), c);
                }
            }
            for (String school : extraSchools) {
                sheet.createRow(sheet.getLastRowNum() + 1).createCell(0).setCellValue(school);
            }
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, Object> values = changes.getOrDefault(row.getCell(0).getStringCellValue(), Map.of());
                values.forEach((key, value) -> {
                    Cell cell = row.getCell(columns.get(key)) == null ? row.createCell(columns.get(key)) : row.getCell(columns.get(key));
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue((String) value);
                    }
                });
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theTemplateRoundTripsAndAcceptsTheFilledForms() throws IOException {
        Sheet2 sheet = read(download(MO_NIKOLSK, campaign));
        // Typed fields only: the share is computed from its parts, which are there.
        assertTrue(sheet.keys().containsAll(List.of("STAFFING_RATE", "VPR_NON_OBJECTIVE", "TEACHERS_TRAINED", "TEACHERS_TOTAL",
                "VPR_MARK_2|GRADE=4;SUBJECT=MATH")), sheet.keys().toString());
        assertTrue(sheet.keys().stream().noneMatch(key -> key.startsWith("TEACHERS_TRAINED_SHARE")), sheet.keys().toString());
        long forms = Api.as(MO_NIKOLSK).get("/api/v1/campaigns/{c}/forms", campaign).then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertEquals(forms, sheet.rows().size());
        assertEquals("90", sheet.rows().get("5818003401").get("STAFFING_RATE"), "the stored draft value is in the sheet");

        byte[] filled = fill(download(MO_NIKOLSK, campaign), Map.of(
                "5818003401", Map.of("STAFFING_RATE", 95.5, "TEACHERS_TRAINED", 12, "TEACHERS_TOTAL", 40, "VPR_NON_OBJECTIVE", "нет",
                        "VPR_MARK_2|GRADE=4;SUBJECT=MATH", 7.25),
                "5818003412", Map.of("STAFFING_RATE", 80)), List.of());
        Api.as(MO_NIKOLSK).contentType(XLSX).queryParam("dryRun", true).body(filled).post(TEMPLATE, campaign).then()
                .statusCode(200).body("kind", equalTo("TEMPLATE")).body("dryRun", equalTo(true)).body("created", equalTo(5));
        upload(MO_NIKOLSK, campaign, filled).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("created", equalTo(5))
                .body("updated", equalTo(1));

        JsonPath form = Campaigns.form(MO_NIKOLSK, campaign, nikolsk1);
        assertEquals("ACCEPTED", form.getString("status"));
        assertEquals(95.5f, ((Number) Campaigns.field(form, "STAFFING_RATE", "").get("number")).floatValue());
        assertEquals(30f, ((Number) Campaigns.field(form, "TEACHERS_TRAINED_SHARE", "").get("number")).floatValue(), "computed");
        assertEquals(false, Campaigns.field(form, "VPR_NON_OBJECTIVE", "").get("flag"));
        assertEquals("ACCEPTED", Campaigns.form(MO_NIKOLSK, campaign, Api.schoolId("5818003412")).getString("status"));
        assertEquals("NOT_STARTED", Campaigns.form(MO_NIKOLSK, campaign, Api.schoolId("5818003525")).getString("status"),
                "a school whose row was left empty is not accepted");

        // What went in comes back out, and the same sheet again changes nothing.
        Map<String, String> row = read(download(MINISTRY_PENZA, campaign)).rows().get("5818003401");
        assertEquals("95.5", row.get("STAFFING_RATE"));
        assertEquals("нет", row.get("VPR_NON_OBJECTIVE"));
        assertEquals("7.25", row.get("VPR_MARK_2|GRADE=4;SUBJECT=MATH"));
        upload(MO_NIKOLSK, campaign, filled).then().statusCode(200).body("unchanged", equalTo(6));
    }

    @Test
    void aSheetWithForeignSchoolsOrBadValuesSavesNothing() throws IOException {
        byte[] filled = fill(download(MO_NIKOLSK, campaign), Map.of(
                "5818003630", Map.of("STAFFING_RATE", 70),
                "5818003525", Map.of("STAFFING_RATE", 170, "VPR_NON_OBJECTIVE", "может быть"),
                "5802002110", Map.of("STAFFING_RATE", 60)), List.of("5802002110"));
        JsonPath job = upload(MO_NIKOLSK, campaign, filled).then().statusCode(200)
                .body("status", equalTo("REJECTED")).extract().jsonPath();
        List<String> messages = job.getList("rejections.message");
        assertTrue(messages.contains("170: не больше 100"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("ожидается да или нет")), messages.toString());
        assertTrue(messages.contains("школа «5802002110» не участвует в кампании или не относится к вашей организации"), messages.toString());
        JsonPath untouched = Campaigns.form(MO_NIKOLSK, campaign, Api.schoolId("5818003630"));
        assertNull(Campaigns.field(untouched, "STAFFING_RATE", "").get("number"), "nothing saved");
        assertEquals("NOT_STARTED", untouched.getString("status"));
    }

    @Test
    void somethingElseThanTheTemplateIsRefusedWhole() throws IOException {
        upload(MO_NIKOLSK, campaign, "not a workbook".getBytes()).then().statusCode(422)
                .body("errors[0].message", containsString("не является книгой Excel"));
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Лист1").createRow(0).createCell(0).setCellValue("Код");
            book.write(out);
            upload(MO_NIKOLSK, campaign, out.toByteArray()).then().statusCode(422)
                    .body("errors[0].message", containsString("нет строки кодов"));
        }
        byte[] foreignColumn = download(MO_NIKOLSK, campaign);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(foreignColumn)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(2).getCell(3).setCellValue("GIA11_HIGH_INDEX");
            book.write(out);
            upload(MO_NIKOLSK, campaign, out.toByteArray()).then().statusCode(422)
                    .body("errors[0].message", equalTo("столбец 4: показателя «GIA11_HIGH_INDEX» нет в этой кампании"));
        }
    }

    @Test
    void onlyTheCollectorsOfTheCampaignGetItsTemplate() {
        Api.as(SCHOOL_NIKOLSK1).accept(XLSX).get(TEMPLATE, campaign).then().statusCode(403);
        Api.as(MO_KAMENKA).accept(XLSX).get(TEMPLATE, campaign).then().statusCode(404);
        Api.as(MINISTRY_SARATOV).accept(XLSX).get(TEMPLATE, campaign).then().statusCode(404);
        byte[] workbook = download(MINISTRY_PENZA, campaign);
        upload(SCHOOL_NIKOLSK1, campaign, workbook).then().statusCode(403);
        upload(MO_KAMENKA, campaign, workbook).then().statusCode(404);
        upload(MINISTRY_SARATOV, campaign, workbook).then().statusCode(404);
    }
}
