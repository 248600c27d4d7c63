package ru.opora.roadmap.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;

/** The roadmap import's template is what the import reads: its example, put first, loads without an error. */
@QuarkusTest
class RoadmapImportTemplateTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theTemplatesFirstSheetIsTheImportsHeaderAndItsExampleLoads() throws IOException {
        byte[] template = Api.as(SCHOOL_NIKOLSK1).accept("*/*").get("/api/v1/roadmap-import-template").then().statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", containsString("filename*=UTF-8''" + java.net.URLEncoder.encode(
                        "Шаблон мероприятий дорожной карты.xlsx", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")))
                .extract().asByteArray();
        byte[] example;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> header = new ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach((Cell cell) -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("№ п/п", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"), header);
            assertEquals(0, book.getSheetAt(0).getLastRowNum(), "the sheet the import reads holds only the header");
            book.setSheetOrder("Пример", 0);
            book.setActiveSheet(0);
            book.write(out);
            example = out.toByteArray();
        }
        // An empty draft of 2025–2026: the example's numbers 1.1–2.1 are free and its timeframes inside the period.
        long roadmap = Roadmaps.create(MO_NIKOLSK, Roadmaps.heading("Шаблон загрузки"));
        Api.uploadAs(MO_NIKOLSK).queryParam("dryRun", "true").multiPart("file", "example.xlsx", example, XLSX)
                .post("/api/v1/roadmaps/{id}/import", roadmap).then().statusCode(200)
                .body("errorCount", equalTo(0))
                .body("rows", hasSize(5));
    }
}
