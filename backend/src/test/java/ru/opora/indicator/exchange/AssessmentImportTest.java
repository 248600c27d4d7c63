package ru.opora.indicator.exchange;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.opora.support.ContractValidation;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/** Assessment results (ВПР, ОГЭ, ЕГЭ) per school, subject (and grade) become the catalogue's indicators. */
@QuarkusTest
class AssessmentImportTest {

    private static final String ASSESSMENTS = "/api/v1/indicator-values/assessment-imports";

    static Response upload(Actor actor, String csv, Charset charset) {
        return Api.as(actor).contentType("text/csv").body(csv.getBytes(charset)).post(ASSESSMENTS);
    }

    @Test
    void countsOfMarksBecomeSharesOfParticipants() {
        // As Excel in Russia saves it: Russian headers, Windows-1251.
        String csv = "Код школы;Процедура;Год;Предмет;Класс;Участников;Отметка 2;Отметка 3;Отметка 4;Отметка 5\n"
                + "5818003401;ВПР;2048;Математика;4;40;4;16;12;8\n"
                + "5818003401;ВПР;2048;RUS;5;3;1;1;1;0\n";
        upload(MO_NIKOLSK, csv, Charset.forName("windows-1251")).then().statusCode(200)
                .body("kind", equalTo("ASSESSMENT"))
                .body("status", equalTo("DONE"))
                .body("created", equalTo(10));
        String exported = ValueImportTest.export(MINISTRY_PENZA, "2048");
        for (String line : List.of("5818003401;VPR_MARK_2;2048;MATH;4;10;", "5818003401;VPR_MARK_3;2048;MATH;4;40;",
                "5818003401;VPR_MARK_4;2048;MATH;4;30;", "5818003401;VPR_MARK_5;2048;MATH;4;20;",
                "5818003401;VPR_MARK_2;2048;RUS;5;33.33;", "5818003401;VPR_MARK_5;2048;RUS;5;0;",
                "5818003401;VPR_PARTICIPANTS;2048;MATH;4;40;", "5818003401;VPR_PARTICIPANTS;2048;RUS;5;3;")) {
            assertTrue(exported.contains(line), line + " in " + exported);
        }
        // Corrected results replace the shares; accepted values are the ministry's to change.
        upload(MINISTRY_PENZA, "school_code;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5\n"
                + "5818003401;2048;MATH;4;40;2;18;12;8\n", Charset.forName("UTF-8")).then().statusCode(200)
                .body("status", equalTo("DONE")).body("updated", equalTo(2)).body("unchanged", equalTo(3));
        assertTrue(ValueImportTest.export(MINISTRY_PENZA, "2048").contains("5818003401;VPR_MARK_2;2048;MATH;4;5;"));
    }

    @Test
    void linesThatDoNotAddUpAreRejectedOnceEachAndNothingIsSaved() {
        String csv = "school_code;assessment;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5\n"
                + "5818003401;ВПР;2049;MATH;4;40;4;16;12;8\n"     // 2: valid
                + "5818003412;ВПР;2049;MATH;4;40;4;16;12;9\n"     // 3: 41 marks for 40 participants
                + "5818003412;ВПР;2049;RUS;4;0;0;0;0;0\n"         // 4: no participants
                + "5818003525;ВПР;2049;RUS;4;20;5;пять;5;5\n"     // 5: not a count
                + "5818003525;ОГЭ;2049;RUS;9;20;5;5;5;5\n"        // 6: not supported
                + "5802002110;ВПР;2049;RUS;4;20;5;5;5;5\n"        // 7: Kamenka's school
                + "5818003630;ВПР;2049;RUS;11;20;5;5;5;5\n";      // 8: ВПР has no grade 11 here
        JsonPath job = upload(MO_NIKOLSK, csv, Charset.forName("UTF-8")).then().statusCode(200)
                .body("status", equalTo("REJECTED")).extract().jsonPath();
        Map<Integer, String> messages = job.<Map<String, Object>>getList("rejections").stream()
                .collect(Collectors.toMap(r -> (Integer) r.get("row"), r -> r.get("field") + ": " + r.get("message"), (a, b) -> a));
        // Each line once per reason: the missing cut is told for each of the four marks of line 8 and its participants.
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 8, 8, 8, 8), job.getList("rejections.row"), job.prettify());
        assertEquals("participants: сумма отметок (41) не равна числу участников (40)", messages.get(3));
        assertEquals("participants: число участников должно быть целым и больше нуля", messages.get(4));
        assertEquals("mark_3: число получивших отметку «3» должно быть целым и не меньше нуля", messages.get(5));
        assertEquals("assessment: оценочная процедура «ОГЭ» не соответствует столбцам файла; ожидается ВПР", messages.get(6));
        assertEquals("school_code: нет школы с кодом «5802002110» в пределах вашей организации", messages.get(7));
        assertTrue(messages.get(8).startsWith("dimensions: у показателя «VPR_MARK_2» нет разреза «GRADE=11;SUBJECT=RUS»"), messages.get(8));
        assertEquals(1, ValueImportTest.export(MINISTRY_PENZA, "2049").lines().count(), "nothing saved");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWholeAndSchoolsMayNotUpload() {
        upload(MINISTRY_PENZA, "school_code;year;subject;grade;value\n5818003401;2048;MATH;4;5\n", Charset.forName("UTF-8"))
                .then().statusCode(422)
                .body("errors[0].message", equalTo("в строке заголовка нет столбцов: participants, mark_2, mark_3, mark_4, mark_5"
                        + " (ожидается school_code;assessment;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5)"));
        upload(SCHOOL_NIKOLSK1, "school_code;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5\n",
                Charset.forName("UTF-8")).then().statusCode(403);
        Api.as(MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).contentType("application/json").body("{}").post(ASSESSMENTS).then().statusCode(415);
    }

    @Test
    void ogeResultsGiveParticipantsBelowMinimumMeanScoreAndSharesOfMarks() {
        // A regional centre's table as Excel saves it: Russian headers, Windows-1251, decimal commas.
        String csv = "Код школы;Процедура;Год;Предмет;Участников;Отметка 2;Отметка 3;Отметка 4;Отметка 5;Средний балл\n"
                + "5818003401;ОГЭ;2071;Математика;25;2;10;9;4;15,2\n"
                + "5818003401;ОГЭ;2071;Русский язык;24;0;6;12;6;27,5\n";
        upload(MO_NIKOLSK, csv, Charset.forName("windows-1251")).then().statusCode(200)
                .body("status", equalTo("DONE")).body("created", equalTo(14));
        String exported = ValueImportTest.export(MINISTRY_PENZA, "2071");
        for (String line : List.of("5818003401;OGE_PARTICIPANTS;2071;MATH;;25;", "5818003401;OGE_BELOW_MIN;2071;MATH;;2;",
                "5818003401;OGE_MEAN_SCORE;2071;MATH;;15.2;", "5818003401;OGE_MARK_2;2071;MATH;;8;",
                "5818003401;OGE_MARK_5;2071;MATH;;16;", "5818003401;OGE_MARK_4;2071;RUS;;50;",
                "5818003401;OGE_BELOW_MIN_SHARE;2071;MATH;;8;", "5818003401;OGE_BELOW_MIN_SHARE;2071;RUS;;0;")) {
            assertTrue(exported.contains(line), line + " in " + exported);
        }
    }

    @Test
    void egeResultsGiveParticipantsBelowMinimumMeanScoreAndSharesOfScoreBands() {
        String csv = "school_code;assessment;year;subject;participants;below_min;score_min_60;score_61_80;score_81_100;mean_score\n"
                + "5818003401;ЕГЭ;2072;Русский язык;18;1;7;8;2;68.4\n"
                + "5818003401;ЕГЭ;2072;MATH_PROF;12;3;6;3;0;41\n";
        upload(MINISTRY_PENZA, csv, Charset.forName("UTF-8")).then().statusCode(200)
                .body("status", equalTo("DONE")).body("created", equalTo(12));
        String exported = ValueImportTest.export(MINISTRY_PENZA, "2072");
        for (String line : List.of("5818003401;EGE_PARTICIPANTS;2072;RUS;;18;", "5818003401;EGE_BELOW_MIN;2072;RUS;;1;",
                "5818003401;EGE_MEAN_SCORE;2072;RUS;;68.4;", "5818003401;EGE_BAND_MIN_60;2072;RUS;;38.89;",
                "5818003401;EGE_BAND_61_80;2072;RUS;;44.44;", "5818003401;EGE_BAND_81_100;2072;RUS;;11.11;",
                "5818003401;EGE_BELOW_MIN_SHARE;2072;RUS;;5.56;", "5818003401;EGE_BELOW_MIN_SHARE;2072;MATH_PROF;;25;")) {
            assertTrue(exported.contains(line), line + " in " + exported);
        }
    }

    @Test
    void badOgeAndEgeLinesAreRejectedOneByOneAndNothingIsSaved() {
        String oge = "school_code;assessment;year;subject;participants;mark_2;mark_3;mark_4;mark_5;mean_score\n"
                + "5818003401;ОГЭ;2073;MATH;25;2;10;9;4;15\n"      // 2: valid
                + "5818003401;ОГЭ;2073;RUS;25;2;10;9;5;15\n"       // 3: 26 marks for 25 participants
                + "5818003401;ОГЭ;2073;PHYS;10;1;3;3;3;120\n"      // 4: mean above 100
                + "5818003401;ЕГЭ;2073;CHEM;10;1;3;3;3;20\n"       // 5: an ЕГЭ line in an ОГЭ file
                + "5818003401;НИКО;2073;CHEM;10;1;3;3;3;20\n"      // 6: not an assessment this import knows
                + "5818003401;ОГЭ;2073;MATH_PROF;10;1;3;3;3;20\n"  // 7: profile mathematics is an ЕГЭ subject
                + "5802002110;ОГЭ;2073;BIO;10;1;3;3;3;20\n";       // 8: Kamenka's school
        JsonPath job = upload(MO_NIKOLSK, oge, Charset.forName("UTF-8")).then().statusCode(200)
                .body("status", equalTo("REJECTED")).extract().jsonPath();
        Map<Integer, String> messages = job.<Map<String, Object>>getList("rejections").stream()
                .collect(Collectors.toMap(r -> (Integer) r.get("row"), r -> r.get("field") + ": " + r.get("message"), (a, b) -> a));
        assertEquals("participants: сумма отметок (26) не равна числу участников (25)", messages.get(3));
        assertEquals("mean_score: средний балл — число от 0 до 100", messages.get(4));
        assertEquals("assessment: оценочная процедура «ЕГЭ» не соответствует столбцам файла; ожидается ОГЭ", messages.get(5));
        assertEquals("assessment: оценочная процедура «НИКО» не поддерживается; ожидается ВПР, ОГЭ или ЕГЭ", messages.get(6));
        assertTrue(messages.get(7).startsWith("dimensions: у показателя «OGE_"), messages.get(7));
        assertEquals("school_code: нет школы с кодом «5802002110» в пределах вашей организации", messages.get(8));
        assertTrue(!messages.containsKey(2), "the valid line is not rejected");

        String ege = "school_code;assessment;year;subject;participants;below_min;score_min_60;score_61_80;score_81_100;mean_score\n"
                + "5818003401;ЕГЭ;2073;RUS;18;1;7;8;2;68\n"        // 2: valid
                + "5818003401;ЕГЭ;2073;HIST;18;1;7;8;3;68\n"       // 3: 19 in the bands for 18 participants
                + "5818003401;ЕГЭ;2073;BIO;18;один;7;8;2;68\n"     // 4: not a count
                + "5818003401;ЕГЭ;2073;Математика;18;1;7;8;2;68\n" // 5: ЕГЭ mathematics is the profile level
                + "5818003401;ЕГЭ;2073;SOC;18;1;7;8;2;\n";         // 6: no mean score
        JsonPath egeJob = upload(MO_NIKOLSK, ege, Charset.forName("UTF-8")).then().statusCode(200)
                .body("status", equalTo("REJECTED")).extract().jsonPath();
        Map<Integer, String> egeMessages = egeJob.<Map<String, Object>>getList("rejections").stream()
                .collect(Collectors.toMap(r -> (Integer) r.get("row"), r -> r.get("field") + ": " + r.get("message"), (a, b) -> a));
        assertEquals("participants: сумма по порогу и диапазонам баллов (19) не равна числу участников (18)", egeMessages.get(3));
        assertEquals("below_min: число участников в столбце below_min должно быть целым и не меньше нуля", egeMessages.get(4));
        assertTrue(egeMessages.get(5).startsWith("dimensions: у показателя «EGE_"), egeMessages.get(5));
        assertEquals("mean_score: средний балл — число от 0 до 100", egeMessages.get(6));
        assertEquals(1, ValueImportTest.export(MINISTRY_PENZA, "2073").lines().count(), "nothing saved");
        // A file with the ЕГЭ columns but not all of them is refused whole.
        upload(MINISTRY_PENZA, "school_code;year;subject;participants;below_min;score_61_80\n5818003401;2073;RUS;1;0;1\n",
                Charset.forName("UTF-8")).then().statusCode(422)
                .body("errors[0].message", equalTo("в строке заголовка нет столбцов: score_min_60, score_81_100, mean_score"
                        + " (ожидается school_code;assessment;year;subject;participants;below_min;score_min_60;score_61_80;score_81_100;mean_score)"));
    }
}
