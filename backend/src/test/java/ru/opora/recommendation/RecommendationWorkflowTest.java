package ru.opora.recommendation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_KAMENKA1;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.ContractValidation;
import ru.opora.support.Meetings;
import ru.opora.support.Recommendations;

/** A recommendation is issued → answered → done with evidence; its status history is kept and overdue computed. */
@QuarkusTest
class RecommendationWorkflowTest {

    private static final String ONE = "/api/v1/recommendations/{id}";

    @Test
    void issuedThenAnsweredThenDoneWithHistory() {
        long id = Recommendations.issuedToNikolskSchool();
        JsonPath issued = Api.as(SCHOOL_NIKOLSK1).get(ONE, id).then().statusCode(200).extract().jsonPath();
        assertEquals("ISSUED", issued.getString("status"));
        assertEquals("Никольский район", issued.getString("issuerName"));
        assertEquals(List.of("ANSWER", "COMPLETE"), issued.getList("allowed"));
        assertEquals(List.of("EDIT", "WITHDRAW"), Api.as(MO_NIKOLSK).get(ONE, id).then().extract().jsonPath().getList("allowed"));

        Api.as(SCHOOL_NIKOLSK1).body(Recommendations.transition("ANSWER", issued.getLong("version"),
                        "Анализ запланирован на заседание педсовета", false))
                .post(ONE + "/transitions", id).then().statusCode(200).body("status", equalTo("ANSWERED"))
                .body("answer", equalTo("Анализ запланирован на заседание педсовета"));
        Map<String, Object> late = Recommendations.update(MO_NIKOLSK, id);
        late.put("text", "Другой текст");
        Api.as(MO_NIKOLSK).body(late).put(ONE, id).then().statusCode(409).body("detail", containsString("ответили"));

        long version = Recommendations.version(SCHOOL_NIKOLSK1, id);
        Api.as(SCHOOL_NIKOLSK1).body(Recommendations.transition("COMPLETE", version, "Анализ проведён", false))
                .post(ONE + "/transitions", id).then().statusCode(422).body("errors[0].field", equalTo("evidence"));
        Api.as(SCHOOL_NIKOLSK1).body(Recommendations.transition("COMPLETE", version, "Анализ проведён, план утверждён", true))
                .post(ONE + "/transitions", id).then().statusCode(200).body("status", equalTo("DONE"))
                .body("doneBy", equalTo("school.nikolsk1")).body("allowed", equalTo(List.of()));
        Api.as(MO_NIKOLSK).get(ONE, id).then().statusCode(200).body("status", equalTo("DONE"))
                .body("evidence[0].title", equalTo("Анализ причин на сайте школы"));

        List<Map<String, Object>> history = Api.as(MO_NIKOLSK).get(ONE + "/history", id).then().statusCode(200)
                .extract().jsonPath().getList("");
        assertEquals(List.of("DONE", "ANSWERED", "ISSUED"), history.stream().map(h -> h.get("status")).toList());
        assertEquals(List.of("school.nikolsk1", "school.nikolsk1", "mo.nikolsk"),
                history.stream().map(h -> h.get("changedBy")).toList());
        assertEquals("Анализ запланирован на заседание педсовета", history.get(1).get("note"));
    }

    @Test
    void overdueIsComputedAtADateUntilDoneOrWithdrawn() {
        long id = Recommendations.issuedToNikolskSchool();
        String due = Api.as(MO_NIKOLSK).get(ONE, id).then().extract().path("dueOn");
        String dayAfter = LocalDate.parse(due).plusDays(1).toString();
        Api.as(MO_NIKOLSK).queryParam("asOf", due).get(ONE, id).then().body("overdue", equalTo(false));
        Api.as(MO_NIKOLSK).queryParam("asOf", dayAfter).get(ONE, id).then().body("overdue", equalTo(true));
        Api.as(MO_NIKOLSK).queryParams(Map.of("overdue", "true", "asOf", dayAfter, "size", 100))
                .get("/api/v1/recommendations").then().statusCode(200).body("items.id", hasItem((int) id));
        Api.as(MO_NIKOLSK).body(Recommendations.transition("WITHDRAW", Recommendations.version(MO_NIKOLSK, id),
                "Школа исключена из перечня ШНОР", false)).post(ONE + "/transitions", id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Api.as(MO_NIKOLSK).queryParam("asOf", dayAfter).get(ONE, id).then().body("overdue", equalTo(false));
        Api.as(SCHOOL_NIKOLSK1).body(Recommendations.transition("ANSWER", Recommendations.version(MO_NIKOLSK, id),
                "Поздно", false)).post(ONE + "/transitions", id).then().statusCode(409);
    }

    @Test
    void scopeAndRolesDecideWhoSeesIssuesAndAnswers() {
        long id = Recommendations.issuedToNikolskSchool();
        Api.as(MINISTRY_PENZA).get(ONE, id).then().statusCode(200).body("allowed", equalTo(List.of()));
        Api.as(MINISTRY_SARATOV).get(ONE, id).then().statusCode(404);
        Api.as(MO_KAMENKA).get(ONE, id).then().statusCode(404);
        Api.as(SCHOOL_KAMENKA1).get(ONE, id).then().statusCode(404);
        Api.as(MINISTRY_PENZA).body(Recommendations.transition("ANSWER", Recommendations.version(MO_NIKOLSK, id), "x", false))
                .post(ONE + "/transitions", id).then().statusCode(403);
        Api.as(MO_NIKOLSK).body(Recommendations.transition("COMPLETE", Recommendations.version(MO_NIKOLSK, id), "x", true))
                .post(ONE + "/transitions", id).then().statusCode(403);
        // A municipality addresses its own schools only; a school issues nothing.
        Api.as(MO_KAMENKA).body(Recommendations.toSchool(Api.schoolId("5818003401"), Recommendations.inAMonth()))
                .post("/api/v1/recommendations").then().statusCode(422).body("errors[0].field", equalTo("addressee"));
        Api.as(SCHOOL_NIKOLSK1).body(Recommendations.toSchool(Api.schoolId("5818003401"), Recommendations.inAMonth()))
                .post("/api/v1/recommendations").then().statusCode(403);
        // The ministry addresses a municipality; the municipality answers it.
        Map<String, Object> toMunicipality = Recommendations.toSchool(0, Recommendations.inAMonth());
        toMunicipality.put("addressee", Map.of("type", "MUNICIPALITY", "id", Api.municipalityId("56651000")));
        toMunicipality.put("basis", Map.of("kind", "MONITORING", "reference", "Анализ реализации муниципальных дорожных карт"));
        long toMo = Api.as(MINISTRY_PENZA).body(toMunicipality).post("/api/v1/recommendations").then().statusCode(201)
                .body("issuerName", equalTo("Министерство образования Пензенской области"))
                .extract().jsonPath().getLong("id");
        Api.as(SCHOOL_NIKOLSK1).get(ONE, toMo).then().statusCode(404);
        Api.as(MO_NIKOLSK).get(ONE, toMo).then().statusCode(200).body("allowed", equalTo(List.of("ANSWER", "COMPLETE")));
        Api.as(MO_NIKOLSK).queryParams(Map.of("addressed", "true", "size", 100)).get("/api/v1/recommendations").then()
                .statusCode(200).body("items.id", hasItem((int) toMo)).body("items.id", not(hasItem((int) id)));
    }

    @Test
    void badInputIsNamedAndChangesNothing() {
        long school = Api.schoolId("5818003401");
        Api.as(MO_NIKOLSK).body(Recommendations.toSchool(school, "2020-01-01")).post("/api/v1/recommendations").then()
                .statusCode(422).body("errors[0].field", equalTo("dueOn"));
        Map<String, Object> noBasis = Recommendations.toSchool(school, Recommendations.inAMonth());
        noBasis.put("basis", Map.of("kind", "MEETING_DECISION", "referenceId", 999_999_999L));
        Api.as(MO_NIKOLSK).body(noBasis).post("/api/v1/recommendations").then().statusCode(422)
                .body("errors[0].field", equalTo("basis.referenceId"));
        Map<String, Object> huge = Recommendations.toSchool(school, Recommendations.inAMonth());
        huge.put("text", "т".repeat(4001));
        huge.put("audiences", List.of());
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body(huge).post("/api/v1/recommendations").then()
                .statusCode(422).body("errors.field", hasItems("text", "audiences"));
        long id = Recommendations.issuedToNikolskSchool();
        Map<String, Object> first = Recommendations.update(MO_NIKOLSK, id);
        Map<String, Object> second = Recommendations.update(MO_NIKOLSK, id);
        first.put("text", "Первая правка");
        second.put("text", "Вторая правка");
        Api.as(MO_NIKOLSK).body(first).put(ONE, id).then().statusCode(200);
        Api.as(MO_NIKOLSK).body(second).put(ONE, id).then().statusCode(409);
        Api.as(MO_NIKOLSK).get(ONE, id).then().body("text", equalTo("Первая правка"));
        Api.as(SCHOOL_NIKOLSK1).body(Recommendations.transition("ANSWER", Recommendations.version(MO_NIKOLSK, id), " ", false))
                .post(ONE + "/transitions", id).then().statusCode(422).body("errors[0].field", equalTo("text"));
    }

    @Test
    void aMeetingDecisionCanBeTheBasis() {
        long meeting = Meetings.signedForSchool();
        long decision = Meetings.decision(MO_NIKOLSK, meeting, "1.2");
        Map<String, Object> body = Recommendations.toSchool(Api.schoolId("5818003401"), Recommendations.inAMonth());
        body.put("basis", Map.of("kind", "MEETING_DECISION", "referenceId", decision, "reference", "Протокол от 16.10.2025"));
        Api.as(MO_NIKOLSK).body(body).post("/api/v1/recommendations").then().statusCode(201)
                .body("basis.kind", equalTo("MEETING_DECISION")).body("basis.referenceId", equalTo((int) decision));
    }

    @Test
    void theListIsExportedAsXlsx() throws Exception {
        long id = Recommendations.issuedToNikolskSchool();
        byte[] xlsx = Api.as(MO_NIKOLSK).accept("*/*").queryParam("schoolId", Api.schoolId("5818003401"))
                .get("/api/v1/recommendations/export").then().statusCode(200)
                .contentType(ru.opora.roadmap.transfer.DocumentFormat.XLSX_TYPE).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertEquals("Адресные рекомендации", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(Long.toString(id))) {
                    found = true;
                    assertEquals("МБОУ СОШ № 1 г. Никольска", row.getCell(3).getStringCellValue());
                    assertTrue(row.getCell(6).getStringCellValue().startsWith("Анализ показателей"));
                    assertEquals("выдана", row.getCell(8).getStringCellValue());
                }
            }
            assertTrue(found, "the recommendation is a row of the export");
        }
    }
}
