package ru.opora.roadmap.transfer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.opora.support.ContractValidation;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;
import ru.opora.support.Roadmaps.Fixture;

/** Import of a roadmap's table as the seeds lay it out: dry run, row errors, all-or-nothing commit. */
@QuarkusTest
class RoadmapImportTest {

    private static final String IMPORT = "/api/v1/roadmaps/{id}/import";

    private static final List<List<String>> WITH_PROBLEMS = List.of(
            List.of("Комплекс мер по работе со ШНОР"),
            List.of("№ п/п", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"),
            List.of("3. Методический блок"),
            List.of("3.1", "Семинар для руководителей ШНОР", "март 2025, март 2026", "ИРОСО, РЦОКОСО, МОСО", "Протокол"),
            List.of("1.1", "Повтор номера", "апрель 2025", "МОУО", ""),
            List.of("3.2", "", "май 2025", "МОУО", ""),
            List.of("3.3", "Мероприятие за пределами карты", "2027 год", "МОУО", ""),
            List.of("3.4", "Консультации учителей", "по согласованию", "РМО", "Не менее одной в квартал"));

    private static final List<List<String>> CLEAN = List.of(
            List.of("№ п/п", "Наименование мероприятия", "Сроки исполнения", "Ответственные (исполнители)", "Ожидаемый результат"),
            List.of("3. Методический блок", "", "", "", ""),
            List.of("3.1", "Семинар для руководителей ШНОР", "март 2025, март 2026", "ИРОСО, РЦОКОСО, МОСО", "Протокол"),
            List.of("3.2", "Анализ результатов ВПР", "I квартал 2025", "МОУО", "Аналитическая справка"),
            List.of("4. Информационный блок", "", "", "", ""),
            List.of("4.1", "Публикации о работе со ШНОР", "в течение всего периода", "МОУО", "Публикации на сайте"));

    @Test
    void aDryRunShowsEveryRowsProblemsAndSavesNothing() throws IOException {
        Fixture roadmap = Roadmaps.draft(MO_NIKOLSK);
        upload(MO_NIKOLSK, roadmap.id(), "true", "plan.xlsx", xlsx(WITH_PROBLEMS)).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("committed", equalTo(false))
                .body("errorCount", equalTo(3))
                .body("rows.row", contains(3, 4, 5, 6, 7, 8))
                .body("rows.kind", contains("SECTION", "ITEM", "ITEM", "ITEM", "ITEM", "ITEM"))
                .body("rows[1].errors", hasSize(0))
                .body("rows[2].errors[0]", equalTo("мероприятие с номером 1.1 уже есть"))
                .body("rows[3].errors[0]", equalTo("нет названия мероприятия"))
                .body("rows[4].errors[0]", equalTo("сроки «2027 год» вне периода дорожной карты 2025–2026"))
                .body("rows[5].warnings[0]", containsString("не распознаны"));
        itemsOf(roadmap.id()).body("sections.items.flatten()", hasSize(2));

        upload(MO_NIKOLSK, roadmap.id(), "false", "plan.xlsx", xlsx(WITH_PROBLEMS)).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("rows[5]", "rows[6]", "rows[7]"))
                .body("detail", containsString("Ничего не сохранено"));
        itemsOf(roadmap.id()).body("sections", hasSize(1)).body("sections.items.flatten()", hasSize(2));
    }

    @Test
    void aCleanFileIsCommittedWholeWithStructuredWindows() throws IOException {
        Fixture roadmap = Roadmaps.draft(MO_NIKOLSK);
        upload(MO_NIKOLSK, roadmap.id(), "false", "plan.xlsx", xlsx(CLEAN)).statusCode(200)
                .body("committed", equalTo(true))
                .body("sectionsCreated", equalTo(2))
                .body("itemsCreated", equalTo(3));
        itemsOf(roadmap.id())
                .body("sections.title", contains("1. Управленческий блок", "3. Методический блок", "4. Информационный блок"))
                .body("sections[1].items.number", contains("3.1", "3.2"))
                .body("sections[1].items[0].windows.from", contains("2025-03-01", "2026-03-01"))
                .body("sections[1].items[0].executors", equalTo("ИРОСО, РЦОКОСО, МОСО"))
                .body("sections[1].items[1].windows[0].to", equalTo("2025-03-31"))
                .body("sections[2].items[0].wholePeriod", equalTo(true));
    }

    @Test
    void aCsvFromRussianExcelInWindows1251WithSemicolonsIsRead() {
        Fixture roadmap = Roadmaps.draft(MO_NIKOLSK);
        String csv = "№ п/п;Мероприятие;Сроки;Ответственные;Ожидаемый результат\r\n"
                + "5. Блок мониторинга;;;;\r\n"
                + "5.1;\"Мониторинг \"\"динамики\"\" результатов\";ноябрь 2025;МОУО;Справка\r\n";
        upload(MO_NIKOLSK, roadmap.id(), "false", "plan.csv", csv.getBytes(Charset.forName("windows-1251"))).statusCode(200)
                .body("itemsCreated", equalTo(1));
        itemsOf(roadmap.id()).body("sections[1].items[0].title", equalTo("Мониторинг \"динамики\" результатов"))
                .body("sections[1].items[0].windows[0].from", equalTo("2025-11-01"));
    }

    @Test
    void brokenWrongEmptyAndOversizedFilesAreRefusedWithNothingSaved() throws IOException {
        Fixture roadmap = Roadmaps.draft(MO_NIKOLSK);
        byte[] valid = xlsx(CLEAN);
        upload(MO_NIKOLSK, roadmap.id(), "false", "plan.xlsx", Arrays.copyOf(valid, valid.length / 2)).statusCode(422)
                .body("detail", containsString("повреждён"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        upload(MO_NIKOLSK, roadmap.id(), "false", "plan.xlsx", png).statusCode(415).contentType("application/problem+json");
        upload(MO_NIKOLSK, roadmap.id(), "false", "plan.csv", new byte[0]).statusCode(422);
        upload(MO_NIKOLSK, roadmap.id(), "false", "plan.csv", "просто текст\nбез заголовка".getBytes(StandardCharsets.UTF_8))
                .statusCode(422).body("detail", containsString("заголовка"));
        upload(MO_NIKOLSK, roadmap.id(), "false", "plan.csv", new byte[10 * 1024 * 1024 + 1]).statusCode(413);
        upload(MO_NIKOLSK, roadmap.id(), "maybe", "plan.xlsx", valid).statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body("{}").post(IMPORT, roadmap.id()).then().statusCode(415);
        itemsOf(roadmap.id()).body("sections.items.flatten()", hasSize(2));
    }

    @Test
    void onlyTheOwnerImportsIntoItsOwnDraft() throws IOException {
        Fixture draft = Roadmaps.draft(MO_NIKOLSK);
        upload(MINISTRY_PENZA, draft.id(), "true", "plan.xlsx", xlsx(CLEAN)).statusCode(403);
        upload(MINISTRY_SARATOV, draft.id(), "true", "plan.xlsx", xlsx(CLEAN)).statusCode(404);
        Fixture approved = Roadmaps.executing(MO_NIKOLSK);
        upload(MO_NIKOLSK, approved.id(), "true", "plan.xlsx", xlsx(CLEAN)).statusCode(409)
                .body("detail", containsString("REVISE"));
    }

    private static ValidatableResponse upload(Actor actor, long roadmapId, String dryRun, String name, byte[] content) {
        return Api.uploadAs(actor).queryParam("dryRun", dryRun)
                .multiPart("file", name, content, "application/octet-stream")
                .post(IMPORT, roadmapId).then();
    }

    private static ValidatableResponse itemsOf(long roadmapId) {
        return Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", roadmapId).then().statusCode(200);
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Дорожная карта");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
