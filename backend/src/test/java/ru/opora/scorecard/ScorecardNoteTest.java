package ru.opora.scorecard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Scorecards.YEAR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Scorecards;
import ru.opora.support.Scorecards.Place;

/**
 * The analytical note: written only from a frozen snapshot, so that the same snapshot gives the same text however the
 * data moves afterwards; its texts pre-filled from the marks and edited on the snapshot's version.
 */
@QuarkusTest
class ScorecardNoteTest {

    private static String snapshots() {
        return "/api/v1/regions/" + Api.regionId("58") + "/scorecards/" + YEAR + "/snapshots";
    }

    private static byte[] note(long id) {
        return Api.as(Actor.MINISTRY_PENZA).accept("*/*").get(snapshots() + "/{id}/note", id).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".docx"))
                .extract().asByteArray();
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void theSameSnapshotGivesTheSameTextAndTheNoteReadsBackWithItsSections() throws IOException {
        Place without = Scorecards.municipality();
        JsonPath snapshot = Api.as(Actor.MINISTRY_PENZA).post(snapshots()).then().statusCode(201).extract().jsonPath();
        long id = snapshot.getLong("id");
        String hash = snapshot.getString("contentHash");
        assertEquals(64, hash.length());
        assertTrue(snapshot.getString("texts.problems").contains(without.name()),
                "the suggested problems name the municipality without a roadmap");
        assertTrue(snapshot.getString("texts.recommendations").contains("разработать и утвердить")
                || snapshot.getString("texts.recommendations").contains("Разработать и утвердить"));

        String first = text(note(id));
        // The data moves on: a new municipality and a roadmap. The snapshot's note does not.
        Place later = Scorecards.municipality();
        Scorecards.executing(later, 1, 0);
        String second = text(note(id));
        assertEquals(first, second, "the same snapshot gives the same text");
        assertTrue(first.contains("Данные на "), first);
        assertTrue(first.contains(hash), "the content hash is printed");
        assertTrue(first.contains("1. Общие сведения"));
        assertTrue(first.contains("2. Результаты по критериям"));
        assertTrue(first.contains("Проблемы") && first.contains("Ведущие факторы")
                && first.contains("Рекомендации муниципальным службам"));
        assertTrue(first.contains("Приложение. Оценка муниципальных дорожных карт по критериям"));
        assertTrue(first.contains(without.name()));
        assertTrue(!first.contains(later.name()), "a municipality made after the snapshot is not in its note");
        assertTrue(first.matches("(?s).*\\d{2}\\.\\d{2}\\.\\d{4} г\\..*"), "dates in running text as «08.12.2026 г.»");
        assertTrue(first.contains("«Наличие дорожной карты»"), "titles in «ёлочки»");

        // A new snapshot sees the new municipality and hashes differently.
        JsonPath next = Api.as(Actor.MINISTRY_PENZA).post(snapshots()).then().statusCode(201).extract().jsonPath();
        assertNotEquals(hash, next.getString("contentHash"));
        List<Long> listed = Api.as(Actor.MINISTRY_PENZA).get(snapshots()).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
        assertEquals(next.getLong("id"), listed.get(0), "newest first");
        assertTrue(listed.contains(id));
    }

    @Test
    void theTextsAreEditedOnTheSnapshotsVersionAndPrintedAsWritten() throws IOException {
        JsonPath snapshot = Api.as(Actor.MINISTRY_PENZA).post(snapshots()).then().statusCode(201).extract().jsonPath();
        long id = snapshot.getLong("id");
        Map<String, Object> texts = new HashMap<>(snapshot.getMap("texts"));
        texts.put("factors", "Наличие кураторов из числа методистов ИРР.\nРабота школ-партнёров.");
        Map<String, Object> body = Map.of("version", snapshot.getLong("version"), "texts", texts);
        JsonPath edited = Api.as(Actor.MINISTRY_PENZA).body(body).put(snapshots() + "/{id}", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(snapshot.getString("contentHash"), edited.getString("contentHash"), "the content does not change");
        Api.as(Actor.MINISTRY_PENZA).body(body).put(snapshots() + "/{id}", id).then().statusCode(409);
        String text = text(note(id));
        assertTrue(text.contains("Наличие кураторов из числа методистов ИРР.\nРабота школ-партнёров."), text);

        Map<String, Object> blank = new HashMap<>(texts);
        blank.remove("problems");
        Api.as(Actor.MINISTRY_PENZA).spec(ru.opora.support.ContractValidation.invalidRequest())
                .body(Map.of("version", edited.getLong("version"), "texts", blank))
                .put(snapshots() + "/{id}", id).then().statusCode(422);
        Api.as(Actor.MINISTRY_PENZA).accept("*/*").get(snapshots() + "/{id}/note", Long.MAX_VALUE).then().statusCode(404);
        Api.as(Actor.MINISTRY_PENZA).accept("*/*").get("/api/v1/regions/{r}/scorecards/{y}/snapshots/{id}/note", Api.regionId("58"),
                YEAR - 1, id).then().statusCode(404);
    }

    @Test
    void theRegionsTableExportsAsAWorkbook() throws IOException {
        Place place = Scorecards.municipality();
        byte[] xlsx = Api.as(Actor.MINISTRY_PENZA).accept("*/*").get("/api/v1/regions/{id}/scorecards/{y}/export", Api.regionId("58"), YEAR)
                .then().statusCode(200).extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals(place.name());
                }
            }
            assertTrue(found, "the municipality is a row of the workbook");
        }
    }

    @Test
    void theSameSnapshotEvenGivesTheSameBytes() throws IOException {
        JsonPath snapshot = Api.as(Actor.MINISTRY_PENZA).post(snapshots()).then().statusCode(201).extract().jsonPath();
        byte[] a = note(snapshot.getLong("id"));
        byte[] b = note(snapshot.getLong("id"));
        assertEquals(text(a), text(b));
        assertArrayEquals(a, b, "the document's dates are the snapshot's, so even the bytes repeat");
    }
}
