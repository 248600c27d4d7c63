package ru.opora.roadmap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.ContractValidation;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;
import ru.opora.support.Roadmaps.Fixture;

/** Bad input gets a problem+json naming the field, and nothing is saved. */
@QuarkusTest
class RoadmapBadInputTest {

    @Test
    void itemWindowsOutsideThePeriodUnknownOrganisationsAndForeignParentsAreRefusedTogether() {
        Fixture roadmap = Roadmaps.draft(MO_NIKOLSK);
        Map<String, Object> item = Roadmaps.item(roadmap.sectionId(), "2.1", "2024-12-01", "2025-01-31");
        item.put("windows", List.of(Map.of("from", "2024-12-01", "to", "2025-01-31"),
                Map.of("from", "2025-06-30", "to", "2025-06-01")));
        item.put("executorOrganisations", List.of(Map.of("type", "SCHOOL", "id", 999_999),
                Map.of("type", "MUNICIPALITY", "id", Api.municipalityId("63607000"))));
        item.put("parentItemId", 1);
        item.put("plannedValue", 20);
        Api.as(MO_NIKOLSK).body(item).post("/api/v1/roadmaps/{id}/items", roadmap.id()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("windows[0]", "windows[1].to", "executorOrganisations[0]",
                        "executorOrganisations[1]", "parentItemId", "plannedIndicator"))
                .body("errors[0].message", equalTo("срок вне периода дорожной карты 2025–2026"));
        Map<String, Object> duplicate = Roadmaps.item(roadmap.sectionId(), "1.1", "2025-02-01", "2025-02-28");
        Api.as(MO_NIKOLSK).body(duplicate).post("/api/v1/roadmaps/{id}/items", roadmap.id()).then().statusCode(422)
                .body("errors[0].field", equalTo("number"));
        Map<String, Object> foreignSection = Roadmaps.item(Roadmaps.draft(MO_NIKOLSK).sectionId(), "3.1", null, null);
        Api.as(MO_NIKOLSK).body(foreignSection).post("/api/v1/roadmaps/{id}/items", roadmap.id()).then()
                .statusCode(422).body("errors[0].field", equalTo("sectionId"));
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}", roadmap.id()).then()
                .body("sections[0].items", hasSize(2));
    }

    @Test
    void malformedBodiesAndValuesAreNamed() {
        Fixture roadmap = Roadmaps.draft(MO_NIKOLSK);
        Map<String, Object> item = Roadmaps.item(roadmap.sectionId(), "2.1", "2025-13-01", "2025-01-31");
        Api.as(MO_NIKOLSK).body(item).post("/api/v1/roadmaps/{id}/items", roadmap.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("windows[0].from"));
        Map<String, Object> heading = Roadmaps.heading("");
        heading.put("yearFrom", 2026);
        heading.put("yearTo", 2025);
        heading.put("periodicity", "MONTH");
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body(heading).post("/api/v1/roadmaps").then().statusCode(400)
                .body("errors[0].field", equalTo("periodicity"));
        heading.put("periodicity", "QUARTER");
        heading.put("reportDueDay", 31);
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body(heading).post("/api/v1/roadmaps").then().statusCode(422)
                .body("errors.field", hasItems("title", "reportDueDay"));
        heading.put("title", "Карта");
        heading.put("reportDueDay", 5);
        heading.put("directionCode", "9.9");
        Api.as(MO_NIKOLSK).body(heading).post("/api/v1/roadmaps").then().statusCode(422)
                .body("errors.field", contains("directionCode", "yearTo"))
                .body("errors[0].message", containsString("1.1, 1.2"));
        Api.as(MO_NIKOLSK).queryParams(Map.of("hasOverdue", "yes", "asOf", "вчера", "level", "CITY"))
                .get("/api/v1/roadmaps").then().statusCode(400)
                .body("errors.field", contains("level", "hasOverdue", "asOf"));
        Map<String, Object> evidence = new HashMap<>(Roadmaps.done("Сделано", null));
        evidence.put("evidence", List.of(Map.of("url", "ftp://сайт", "title", "")));
        Fixture executing = Roadmaps.executing(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).body(evidence).put("/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}", executing.id(),
                executing.item()).then().statusCode(422)
                .body("errors.field", contains("evidence[0].title", "evidence[0].url"));
    }

    @Test
    void reportsFollowTheRules() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        String item = "/api/v1/roadmaps/{id}/reports/{p}/items/{i}";
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null)).put(item, roadmap.id(), "2025-M1", roadmap.item())
                .then().statusCode(404).body("detail", containsString("2025-Q1"));
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null)).put(item, roadmap.id(), "2027-Q1", roadmap.item())
                .then().statusCode(404);
        Map<String, Object> later = Roadmaps.heading("Карта на 2026–2027 годы");
        later.put("yearFrom", 2026);
        later.put("yearTo", 2027);
        long future = Roadmaps.create(MO_NIKOLSK, later);
        long futureItem = Roadmaps.addItem(MO_NIKOLSK, future,
                Roadmaps.item(Roadmaps.section(MO_NIKOLSK, future, "1. Блок"), "1.1", null, null));
        Roadmaps.transition(MO_NIKOLSK, future, "APPROVE");
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null)).put(item, future, "2027-Q1", futureItem)
                .then().statusCode(422).body("errors[0].field", equalTo("period"));
        Api.as(MO_NIKOLSK).body(Map.of("status", "NOT_DONE")).put(item, roadmap.id(), "2025-Q1", roadmap.item())
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        Api.as(MO_NIKOLSK).body(Map.of("status", "DONE")).put(item, roadmap.id(), "2025-Q1", roadmap.item())
                .then().statusCode(422).body("errors[0].field", equalTo("doneText"));
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}/reports/2025-Q1", roadmap.id()).then()
                .body("status", equalTo(null)).body("version", equalTo(null));
        Api.as(MO_NIKOLSK).body(Map.of("action", "APPROVE", "version", Roadmaps.version(MO_NIKOLSK, roadmap.id())))
                .post("/api/v1/roadmaps/{id}/transitions", roadmap.id()).then().statusCode(409);
        Fixture draft = Roadmaps.draft(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).body(Map.of("action", "APPROVE", "version", Roadmaps.version(MO_NIKOLSK, draft.id())))
                .post("/api/v1/roadmaps/{id}/transitions", draft.id()).then().statusCode(422)
                .body("errors[0].field", equalTo("document"));
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null)).put(item, draft.id(), "2025-Q1", draft.item())
                .then().statusCode(409).body("detail", containsString("DRAFT"));
    }

    @Test
    void attachmentsAreStoredWithinLimitsAndServedOnlyInScope() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        String upload = "/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}/attachments";
        byte[] pdf = "%PDF-1.4 протокол совещания".getBytes(StandardCharsets.UTF_8);
        Api.uploadAs(MO_NIKOLSK).multiPart("file", "Протокол № 3.pdf", pdf, "application/pdf")
                .post(upload, roadmap.id(), roadmap.item()).then().statusCode(409)
                .body("detail", containsString("Сначала сохраните"));
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null))
                .put("/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}", roadmap.id(), roadmap.item()).then().statusCode(200);
        long id = Api.uploadAs(MO_NIKOLSK).multiPart("file", "Протокол № 3.pdf", pdf, "application/pdf")
                .post(upload, roadmap.id(), roadmap.item()).then().statusCode(201)
                .body("fileName", equalTo("Протокол № 3.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(pdf.length))
                .extract().jsonPath().getLong("id");
        byte[] served = Api.uploadAs(SCHOOL_NIKOLSK1).accept("application/octet-stream")
                .get("/api/v1/roadmaps/{id}/attachments/{a}", roadmap.id(), id).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB"))
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, served);
        Api.uploadAs(MO_KAMENKA).accept("*/*").get("/api/v1/roadmaps/{id}/attachments/{a}", roadmap.id(), id).then()
                .statusCode(404).contentType("application/problem+json");

        Api.uploadAs(MO_NIKOLSK).multiPart("file", "virus.exe", new byte[] {77, 90}, "application/pdf")
                .post(upload, roadmap.id(), roadmap.item()).then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        Api.uploadAs(MO_NIKOLSK).multiPart("file", "empty.pdf", new byte[0], "application/pdf")
                .post(upload, roadmap.id(), roadmap.item()).then().statusCode(422);
        Api.uploadAs(MO_NIKOLSK).multiPart("file", "big.pdf", new byte[10 * 1024 * 1024 + 1], "application/pdf")
                .post(upload, roadmap.id(), roadmap.item()).then().statusCode(413)
                .contentType("application/problem+json");
        Api.uploadAs(MO_NIKOLSK).multiPart("other", "a.pdf", pdf, "application/pdf")
                .post(upload, roadmap.id(), roadmap.item()).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body(Map.of("file", "a.pdf")).post(upload, roadmap.id(), roadmap.item())
                .then().statusCode(415);
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}/reports/2025-Q1", roadmap.id()).then()
                .body("items[0].attachments", hasSize(1));

        Roadmaps.reportAllDone(MO_NIKOLSK, new Fixture(roadmap.id(), roadmap.sectionId(),
                List.of(roadmap.itemIds().get(1))), "2025-Q1");
        Roadmaps.submit(MO_NIKOLSK, roadmap.id(), "2025-Q1");
        Api.as(MO_NIKOLSK).delete("/api/v1/roadmaps/{id}/attachments/{a}", roadmap.id(), id).then().statusCode(409);
        assertEquals(1, Api.as(MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/items/{i}/reports", roadmap.id(),
                roadmap.item()).then().extract().jsonPath().getList("[0].attachments").size());
    }

    private static final String PROBLEM = "application/problem+json";

    /** A multipart body written by hand, so that its bytes can be what no client library would send. */
    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static io.restassured.response.Response postRaw(String contentType, byte[] body, String path, Object... ids) {
        return Api.uploadAs(MO_NIKOLSK).contentType(contentType).body(body).post(path, ids);
    }

    @Test
    void aZeroCharacterInAFileNameAndAMismatchedBoundaryAre400() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null))
                .put("/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}", roadmap.id(), roadmap.item()).then().statusCode(200);
        String upload = "/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}/attachments";
        byte[] pdf = "%PDF-1.4 протокол".getBytes(StandardCharsets.UTF_8);
        postRaw("multipart/form-data; boundary=b0undary", multipart("b0undary", "про\u0000токол.pdf", pdf),
                upload, roadmap.id(), roadmap.item())
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM).body("errors.field", hasItems("file"));
        postRaw("multipart/form-data; boundary=other", multipart("b0undary", "протокол.pdf", pdf),
                upload, roadmap.id(), roadmap.item())
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM);
        Fixture draft = Roadmaps.draft(MO_NIKOLSK);
        postRaw("multipart/form-data; boundary=other", multipart("b0undary", "plan.csv",
                "№ п/п;Мероприятие;Сроки\n1.5;Совещание;март 2025\n".getBytes(StandardCharsets.UTF_8)),
                "/api/v1/roadmaps/{id}/import", draft.id())
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM);
        postRaw("multipart/form-data", multipart("b0undary", "plan.csv", pdf), "/api/v1/roadmaps/{id}/import", draft.id())
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM);
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}/reports/2025-Q1", roadmap.id()).then()
                .body("items[0].attachments", hasSize(0));
    }

    @Test
    void anUploadIsTypedByItsContentNotByItsName() {
        Fixture roadmap = Roadmaps.executing(MO_NIKOLSK);
        Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null))
                .put("/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}", roadmap.id(), roadmap.item()).then().statusCode(200);
        String upload = "/api/v1/roadmaps/{id}/reports/2025-Q1/items/{i}/attachments";
        byte[] executable = new byte[256];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[60] = (byte) 0x80;
        byte[] pe = "PE\0\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(pe, 0, executable, 0x80, pe.length);
        Api.uploadAs(MO_NIKOLSK).multiPart("file", "x.pdf", executable, "application/pdf")
                .post(upload, roadmap.id(), roadmap.item()).then().log().ifValidationFails().statusCode(415)
                .contentType(PROBLEM).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("pdf"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Api.uploadAs(MO_NIKOLSK).multiPart("file", "протокол.pdf", png, "application/pdf")
                .post(upload, roadmap.id(), roadmap.item()).then().statusCode(415).contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"));
        Api.uploadAs(MO_NIKOLSK).multiPart("file", "notes.txt", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7},
                        "text/plain").post(upload, roadmap.id(), roadmap.item()).then().statusCode(415)
                .contentType(PROBLEM).body("errors[0].field", equalTo("file"));
        Api.uploadAs(MO_NIKOLSK).multiPart("file", "фото.png", png, "image/png")
                .post(upload, roadmap.id(), roadmap.item()).then().statusCode(201)
                .body("contentType", equalTo("image/png"));
        Api.uploadAs(MO_NIKOLSK).multiPart("file", "заметки.txt", "Совещание проведено.".getBytes(StandardCharsets.UTF_8),
                        "text/plain").post(upload, roadmap.id(), roadmap.item()).then().statusCode(201);
        Fixture draft = Roadmaps.draft(MO_NIKOLSK);
        Api.uploadAs(MO_NIKOLSK).multiPart("file", "plan.csv", executable, "text/csv")
                .post("/api/v1/roadmaps/{id}/import", draft.id()).then().statusCode(415).contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"));
        Api.as(MO_NIKOLSK).get("/api/v1/roadmaps/{id}/reports/2025-Q1", roadmap.id()).then()
                .body("items[0].attachments", hasSize(2));
    }
}
