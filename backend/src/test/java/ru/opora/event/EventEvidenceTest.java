package ru.opora.event;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_KAMENKA1;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.ContractValidation;
import ru.opora.support.Events;
import ru.opora.support.Roadmaps;

/**
 * A methodological event that carries out a roadmap item is evidence in that item's period report (the JSON report
 * and its DOCX), in its period only; events are seen by level like roadmaps and changed by their organiser.
 */
@QuarkusTest
class EventEvidenceTest {

    private static final String ONE = "/api/v1/events/{id}";

    @Test
    void anEventIsEvidenceInItsItemsPeriodReport() throws Exception {
        Roadmaps.Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        long event = Events.create(MO_NIKOLSK, Events.seminar("2025-03-12", roadmap.item()));
        JsonPath q1 = Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/reports/{p}", roadmap.id(), "2025-Q1").then()
                .statusCode(200).extract().jsonPath();
        String item = "items.find { it.itemId == " + roadmap.item() + " }";
        assertEquals(List.of(event), q1.getList(item + ".events.eventId", Long.class));
        assertEquals("SEMINAR", q1.getString(item + ".events[0].kind"));
        assertEquals(4, q1.getInt(item + ".events[0].participants"));
        assertEquals("https://nikolsk-edu.example.ru/news/seminar-vpr", q1.getString(item + ".events[0].publicationUrl"));
        Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/reports/{p}", roadmap.id(), "2025-Q2").then().statusCode(200)
                .body(item + ".events", equalTo(List.of()));
        Api.as(MO_NIKOLSK).queryParam("roadmapItemId", roadmap.item()).get("/api/v1/events").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) event)))
                .body("items[0].roadmapItem.number", equalTo("1.1"));

        byte[] docx = Api.as(MO_NIKOLSK).accept("*/*").queryParam("format", "docx")
                .get("/api/v1/roadmaps/{id}/export/reports/{p}", roadmap.id(), "2025-Q1").then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String table = document.getTables().get(0).getText();
            assertTrue(table.contains("Мероприятие 12.03.2025: Анализ результатов ВПР"), table);
        }
    }

    @Test
    void onlyItsOwnRoadmapsItemsAndRegisteredSchoolsAreAccepted() {
        Roadmaps.Fixture kamenka = Roadmaps.executing(MO_KAMENKA);
        Api.as(MO_NIKOLSK).body(Events.seminar("2025-03-12", kamenka.item())).post("/api/v1/events").then()
                .statusCode(422).body("errors[0].field", equalTo("roadmapItemId"));
        Map<String, Object> twice = Events.seminar("2025-03-12", null);
        long school = Api.schoolId("5818003401");
        twice.put("attendance", List.of(Map.of("schoolId", school, "participants", 2),
                Map.of("schoolId", school, "participants", 3), Map.of("schoolId", 999_999_999L, "participants", 1)));
        Api.as(MO_NIKOLSK).body(twice).post("/api/v1/events").then().statusCode(422)
                .body("errors.field", hasItems("attendance[1].schoolId", "attendance[2].schoolId"));
        Map<String, Object> bad = Events.seminar("2025-03-12", null);
        bad.put("publicationUrl", "javascript:alert(1)");
        bad.put("topic", "т".repeat(1001));
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body(bad).post("/api/v1/events").then()
                .statusCode(422).body("errors.field", hasItems("publicationUrl", "topic"));
    }

    @Test
    void eventsAreSeenByLevelAndChangedByTheirOrganiser() {
        long event = Events.create(MO_NIKOLSK, Events.seminar("2025-04-02", null));
        Api.as(SCHOOL_NIKOLSK1).get(ONE, event).then().statusCode(200).body("allowed", equalTo(List.of()));
        Api.as(MINISTRY_PENZA).get(ONE, event).then().statusCode(200);
        Api.as(MO_KAMENKA).get(ONE, event).then().statusCode(404);
        Api.as(SCHOOL_KAMENKA1).get(ONE, event).then().statusCode(404);
        Map<String, Object> edit = Events.seminar("2025-04-02", null);
        edit.put("topic", "Консультация по подготовке к ОГЭ");
        edit.put("kind", "CONSULTATION");
        edit.put("version", Events.version(MO_NIKOLSK, event));
        Api.as(MINISTRY_PENZA).body(edit).put(ONE, event).then().statusCode(403);
        Api.as(MO_NIKOLSK).body(edit).put(ONE, event).then().statusCode(200).body("kind", equalTo("CONSULTATION"));
        Api.as(MO_NIKOLSK).body(edit).put(ONE, event).then().statusCode(409);
        Api.as(SCHOOL_NIKOLSK1).queryParams(Map.of("schoolId", Api.schoolId("5818003401"), "size", 100))
                .get("/api/v1/events").then().statusCode(200).body("items.id", hasItem((int) event));
        Api.as(MO_KAMENKA).queryParams(Map.of("size", 100)).get("/api/v1/events").then().statusCode(200)
                .body("items.id", not(hasItem((int) event)));
        Api.as(MO_NIKOLSK).delete(ONE, event).then().statusCode(204);
        Api.as(MO_NIKOLSK).get(ONE, event).then().statusCode(404);
    }

    @Test
    void theListIsExportedAsXlsx() throws Exception {
        long event = Events.create(MO_NIKOLSK, Events.seminar("2025-05-20", null));
        byte[] xlsx = Api.as(MO_NIKOLSK).accept("*/*").queryParams(Map.of("from", "2025-05-20", "to", "2025-05-20"))
                .get("/api/v1/events/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertEquals("Методические мероприятия", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("20.05.2025")) {
                    found = true;
                    assertEquals("Семинар", row.getCell(1).getStringCellValue());
                    assertEquals("Никольский район", row.getCell(3).getStringCellValue());
                    // The audience as people read it: categories by their Russian names, not the API's codes.
                    assertEquals("ШНОР, МБОУ СОШ № 1 г. Никольска", row.getCell(4).getStringCellValue());
                    assertEquals("4", row.getCell(5).getStringCellValue());
                }
            }
            assertTrue(found, "event " + event + " is a row of the export");
        }
        Api.as(MO_NIKOLSK).queryParam("from", "20.05.2025").get("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
