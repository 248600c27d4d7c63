package ru.opora.roadmap.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;
import ru.opora.support.Roadmaps.Fixture;

/** The exported documents are opened with POI and read back, as a clerk would open them in Word or Excel. */
@QuarkusTest
class RoadmapExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void theRoadmapAsAWorkbookHasTheApprovalLineSectionRowsAndItems() throws IOException {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        byte[] file = download(MINISTRY_PENZA, "/api/v1/roadmaps/{id}/export?format=xlsx", XLSX, roadmap.id());
        save("roadmap.xlsx", file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> rows = rows(workbook.getSheetAt(0));
            // The file is named by the roadmap's title (and years), not by its id.
            String disposition = Api.as(MINISTRY_PENZA).accept("*/*").get("/api/v1/roadmaps/{id}/export?format=xlsx", roadmap.id()).header("Content-Disposition");
            String name = java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(name.startsWith(rows.get(0).substring(0, Math.min(20, rows.get(0).length()))) && name.endsWith(".xlsx") && name.contains("2025"), name);
            assertTrue(rows.get(0).startsWith("Дорожная карта "), rows.get(0));
            assertTrue(rows.contains("Владелец: Никольский район"), rows.toString());
            assertTrue(rows.contains("Утверждена: Приказ от 13.01.2025 № 70, Управление образования администрации района"),
                    rows.toString());
            int header = rows.indexOf("№ п/п | Мероприятие | Сроки | Ответственные | Ожидаемый результат");
            assertTrue(header > 0, rows.toString());
            assertEquals("1. Управленческий блок", rows.get(header + 1));
            assertEquals("1.1 | Мероприятие 1.1 | 2025-02-01 – 2025-03-31 | МОУО | Результат 1.1", rows.get(header + 2));
            assertEquals("1.2 | Мероприятие 1.2 | в течение всего периода | МОУО | Результат 1.2", rows.get(header + 3));
        }
    }

    @Test
    void theRoadmapAsAWordDocumentIsALandscapeTableWithARepeatedHeader() throws IOException {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        byte[] file = download(MO_NIKOLSK, "/api/v1/roadmaps/{id}/export?format=docx", DOCX, roadmap.id());
        save("roadmap.docx", file);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.get(0).startsWith("Дорожная карта "));
            assertTrue(paragraphs.contains("Статус: исполняется"), paragraphs.toString());
            XWPFTable table = document.getTables().get(0);
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals("№ п/п | Мероприятие | Сроки | Ответственные | Ожидаемый результат", text(table.getRow(0)));
            assertEquals("1. Управленческий блок", text(table.getRow(1)));
            assertEquals("1.1 | Мероприятие 1.1 | 2025-02-01 – 2025-03-31 | МОУО | Результат 1.1", text(table.getRow(2)));
            assertEquals("landscape", document.getDocument().getBody().getSectPr().getPgSz().getOrient().toString());
        }
    }

    @Test
    void theExecutionReportPrintsStatusesWhatWasDoneAndEvidenceAsHyperlinks() throws IOException {
        Fixture roadmap = Roadmaps.submitted(MO_NIKOLSK);
        byte[] file = download(MINISTRY_PENZA, "/api/v1/roadmaps/{id}/export/reports/2025-Q1?format=docx", DOCX,
                roadmap.id());
        save("report.docx", file);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("Отчёт о выполнении дорожной карты за I квартал 2025 года", paragraphs.get(0));
            assertTrue(paragraphs.contains("Статус отчёта: сдан, на проверке"), paragraphs.toString());
            assertTrue(paragraphs.contains("Срок сдачи отчёта: 5 апреля 2025 г."), paragraphs.toString());
            XWPFTable table = document.getTables().get(0);
            assertEquals("№ п/п | Мероприятие | Сроки | Статус | Что сделано | Подтверждения | Факт / план",
                    text(table.getRow(0)));
            String item = text(table.getRow(2));
            assertTrue(item.startsWith("1.1 | Мероприятие 1.1 | 2025-02-01 – 2025-03-31 | выполнено | Сделано по "), item);
            assertTrue(item.contains("| Приказ № 12 |"), item);
            XWPFHyperlinkRun link = (XWPFHyperlinkRun) table.getRow(2).getCell(5).getParagraphs().get(0).getRuns().get(0);
            assertEquals("https://edu.example.ru/docs/prikaz-12.pdf", link.getHyperlink(document).getURL());
        }
        byte[] workbook = download(MO_NIKOLSK, "/api/v1/roadmaps/{id}/export/reports/2025-Q1?format=xlsx", XLSX,
                roadmap.id());
        save("report.xlsx", workbook);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> rows = rows(book.getSheetAt(0));
            assertTrue(rows.stream().anyMatch(r -> r.contains("| выполнено |")
                    && r.contains("Приказ № 12 (https://edu.example.ru/docs/prikaz-12.pdf)")), rows.toString());
        }
    }

    @Test
    void unknownFormatsPeriodsAndForeignRoadmapsAreRefused() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).accept("*/*").get("/api/v1/roadmaps/{id}/export?format=pdf", roadmap.id()).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        Api.as(MO_NIKOLSK).accept("*/*").get("/api/v1/roadmaps/{id}/export/reports/2025-M1?format=docx", roadmap.id())
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(MINISTRY_SARATOV).accept("*/*").get("/api/v1/roadmaps/{id}/export?format=docx", roadmap.id()).then()
                .statusCode(404);
        Api.as(Actor.ANONYMOUS).accept("*/*").get("/api/v1/roadmaps/{id}/export?format=docx", roadmap.id()).then()
                .statusCode(401);
    }

    private static byte[] download(Actor actor, String path, String type, long id) {
        return Api.as(actor).accept("*/*").get(path, id).then().statusCode(200)
                .contentType(type)
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
    }

    private static List<String> rows(Sheet sheet) {
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.getStringCellValue()));
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    private static String text(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText().replace("\n", " ")).collect(Collectors.joining(" | "));
    }

    /** A copy for a human to open: backend/target/exports. */
    private static void save(String name, byte[] content) throws IOException {
        Path folder = Path.of("target", "exports");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), content);
    }
}
