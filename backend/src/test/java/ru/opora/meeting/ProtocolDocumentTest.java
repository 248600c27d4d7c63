package ru.opora.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Meetings;

/**
 * The protocol DOCX read back: the signed protocol of seed 000 (Никольский район, 16.10.2020, here 16.10.2025)
 * comes out in the document's own order — the authority, ПРОТОКОЛ, the meeting, the date, Председатель, Секретарь,
 * Присутствовали, ПОВЕСТКА ДНЯ, the question, СЛУШАЛИ, ПОСТАНОВИЛИ 1.1 and 1.2 with executor and date, the vote.
 */
@QuarkusTest
class ProtocolDocumentTest {

    static List<String> paragraphs(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] docx) {
        return String.join("\n", paragraphs(docx));
    }

    @Test
    void theSignedProtocolOfSeed000ReadsBackInItsOfficialStructure() {
        long id = Meetings.signedForSchool();
        Response response = Api.as(MO_NIKOLSK).accept("*/*").get("/api/v1/meetings/{id}/protocol", id);
        response.then().statusCode(200).contentType(ru.opora.roadmap.transfer.DocumentFormat.DOCX_TYPE);
        assertTrue(response.header("Content-Disposition").contains("16.10.2025"), response.header("Content-Disposition"));
        List<String> lines = paragraphs(response.asByteArray());
        List<String> expected = List.of(
                Meetings.AUTHORITY,
                "ПРОТОКОЛ",
                Meetings.TITLE,
                "16.10.2025",
                "Председатель: Н. П. Кутькова",
                "Секретарь: А.Ю.Сидорова",
                "Присутствовали: 5 чел.",
                "ПОВЕСТКА ДНЯ",
                "1. " + Meetings.QUESTION,
                "1. " + Meetings.QUESTION,
                "СЛУШАЛИ: и.о. начальника Управления образования администрации Никольского района Пензенской области"
                        + " Н.П. Кутькову, по вопросу «" + Meetings.QUESTION + "»",
                "ПОСТАНОВИЛИ:",
                "1.1. Информацию принять к сведению.",
                "1.2. Разместить на сайте Управления образования «Отчет о выполнении дорожной карты» за I полугодие"
                        + " 2025 года (Приложение 1). Ответственный: Управление образования администрации Никольского"
                        + " района. Срок: 30.10.2025.",
                "Голосовали единогласно.",
                "Председатель ____________ Н. П. Кутькова",
                "Секретарь ____________ А.Ю.Сидорова");
        assertEquals(expected, lines, () -> lines.stream().collect(Collectors.joining("\n")));
    }

    @Test
    void aDraftIsMarkedAsSuch() {
        long id = Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool());
        List<String> lines = paragraphs(Api.as(MO_NIKOLSK).accept("*/*").get("/api/v1/meetings/{id}/protocol", id)
                .then().statusCode(200).extract().asByteArray());
        assertEquals("ПРОЕКТ", lines.get(0));
        assertEquals("ПРОТОКОЛ", lines.get(2));
    }
}
