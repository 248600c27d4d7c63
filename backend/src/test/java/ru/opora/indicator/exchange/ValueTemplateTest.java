package ru.opora.indicator.exchange;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;

/** The value import's XLSX template, and the import reading an XLSX book as it reads a CSV. */
@QuarkusTest
class ValueTemplateTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            values.add(row.getCell(column) == null ? "" : row.getCell(column).toString());
        }
        return values;
    }

    @Test
    void theTemplateHasTheImportsColumnsTheCallersSchoolsAndTheIndicators() throws IOException {
        byte[] template = Api.as(MO_NIKOLSK).accept("*/*").get("/api/v1/indicator-values/template").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<String> header = new ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("school_code", "indicator_code", "period", "subject", "grade", "value", "comment"), header);
            List<String> schools = column(book.getSheet("Школы"), 0);
            assertTrue(schools.contains("5818003401"), schools.toString());
            assertFalse(schools.contains("5802002110"), "a municipality gets only its own schools: " + schools);
            List<String> indicators = column(book.getSheet("Показатели"), 0);
            assertTrue(indicators.contains("STAFFING_RATE") && indicators.contains("TEACHERS_TOTAL"), indicators.toString());
            assertFalse(indicators.contains("TEACHERS_TRAINED_SHARE"), "computed shares are not loaded: " + indicators);
        }
    }

    @Test
    void aFilledBookLoadsLikeACsvAndABrokenOneIsRefused() throws IOException {
        byte[] filled;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Значения");
            String[] header = {"school_code", "indicator_code", "period", "subject", "grade", "value", "comment"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("5818003401");
            first.createCell(1).setCellValue("STAFFING_RATE");
            first.createCell(2).setCellValue(2058);
            first.createCell(5).setCellValue(92.5);
            sheet.createRow(2);
            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue(5818003401d);
            second.createCell(1).setCellValue("VPR_MARK_2");
            second.createCell(2).setCellValue("2058");
            second.createCell(3).setCellValue("Математика");
            second.createCell(4).setCellValue(4);
            second.createCell(5).setCellValue("12,5");
            second.createCell(6).setCellValue("по данным ФИС ОКО");
            book.write(out);
            filled = out.toByteArray();
        }
        Api.as(MINISTRY_PENZA).contentType(XLSX).queryParam("fileName", "значения.xlsx").body(filled)
                .post("/api/v1/indicator-values/imports").then().statusCode(200)
                .body("status", equalTo("DONE")).body("format", equalTo("XLSX"))
                .body("created", equalTo(2)).body("rejected", equalTo(0));
        String exported = Api.as(MINISTRY_PENZA).accept("text/csv").queryParam("period", "2058").get("/api/v1/indicator-values")
                .then().statusCode(200).extract().asString();
        assertTrue(exported.contains("5818003401;STAFFING_RATE;2058;;;92.5;"), exported);

        Api.as(MINISTRY_PENZA).contentType(XLSX).body(new byte[] {'P', 'K', 3, 4, 1, 2, 3})
                .post("/api/v1/indicator-values/imports").then().statusCode(422)
                .body("errors[0].field", equalTo("file"));
        Api.as(MINISTRY_PENZA).accept("*/*").queryParam("format", "xlsx").get("/api/v1/indicator-values").then()
                .statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
