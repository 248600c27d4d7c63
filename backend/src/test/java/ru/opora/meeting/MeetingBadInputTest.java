package ru.opora.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.ContractValidation;
import ru.opora.support.Meetings;

/** Hostile and careless protocols get a precise problem+json and change nothing. */
@QuarkusTest
class MeetingBadInputTest {

    private static final String MEETING = "/api/v1/meetings/{id}";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aDueDateBeforeTheMeetingIsRefused() {
        Map<String, Object> body = Meetings.nikolsk("2025-10-16", Meetings.organisation("SCHOOL", Api.schoolId("5818003401")),
                "2025-10-15");
        Api.as(MO_NIKOLSK).body(body).post("/api/v1/meetings").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("agenda[0].decisions[1].dueOn"));
    }

    @Test
    void anUnknownOrForeignExecutorIsRefused() {
        Api.as(MO_NIKOLSK).body(Meetings.nikolsk("2025-10-16", Meetings.organisation("SCHOOL", 999_999_999L), "2025-10-30"))
                .post("/api/v1/meetings").then().statusCode(422)
                .body("errors[0].field", equalTo("agenda[0].decisions[1].executor"));
        // A school of Саратовская область is not in Пензенская область's registry.
        Api.as(MO_NIKOLSK).body(Meetings.nikolsk("2025-10-16", Meetings.organisation("SCHOOL", Api.schoolId("6440001011")),
                        "2025-10-30"))
                .post("/api/v1/meetings").then().statusCode(422)
                .body("errors[0].field", equalTo("agenda[0].decisions[1].executor"));
        Api.as(MO_NIKOLSK).body(Meetings.nikolsk("2025-10-16", null, "2025-10-30"))
                .post("/api/v1/meetings").then().statusCode(422)
                .body("errors[0].field", equalTo("agenda[0].decisions[1].executor"));
    }

    @Test
    void repeatedNumbersAndUnknownIdsAreNamed() {
        long id = Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool());
        Map<String, Object> body = Meetings.update(MO_NIKOLSK, id);
        List<Map<String, Object>> decisions = MeetingWorkflowTest.decisions(body, 0);
        decisions.get(1).put("number", "1.1");
        decisions.get(0).put("id", 999_999_999L);
        Api.as(MO_NIKOLSK).body(body).put(MEETING, id).then().statusCode(422)
                .body("errors.field", hasItems("agenda[0].decisions[0].id", "agenda[0].decisions[1].number"));
        assertEquals(Meetings.version(MO_NIKOLSK, id), ((Number) Meetings.update(MO_NIKOLSK, id).get("version")).longValue());
    }

    @Test
    void oversizedTextsAre422AndAnOversizedBodyIs413() {
        Map<String, Object> body = Meetings.forNikolskSchool();
        MeetingWorkflowTest.decisions(body, 0).get(0).put("text", "т".repeat(4001));
        body.put("title", "з".repeat(1001));
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body(body).post("/api/v1/meetings").then()
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItems("title", "agenda[0].decisions[0].text"));
        Map<String, Object> huge = Meetings.forNikolskSchool();
        huge.put("participants", List.of("у".repeat(600_000)));
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body(huge).post("/api/v1/meetings").then()
                .statusCode(413).contentType(PROBLEM);
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() {
        long id = Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool());
        Map<String, Object> first = Meetings.update(MO_NIKOLSK, id);
        Map<String, Object> second = Meetings.update(MO_NIKOLSK, id);
        first.put("place", "Первое место");
        second.put("place", "Второе место");
        Api.as(MO_NIKOLSK).body(first).put(MEETING, id).then().statusCode(200);
        Api.as(MO_NIKOLSK).body(second).put(MEETING, id).then().statusCode(409).body("type", equalTo("urn:opora:problem:stale-version"));
        assertEquals("Первое место", Meetings.view(MO_NIKOLSK, id).get("place"));
    }

    @Test
    void unanimityWithVotesAgainstAndWrongListParametersAreRefused() {
        Map<String, Object> body = Meetings.forNikolskSchool();
        ((List<Map<String, Object>>) body.get("agenda")).get(0).put("votes", Map.of("unanimous", true, "against", 1));
        Api.as(MO_NIKOLSK).body(body).post("/api/v1/meetings").then().statusCode(422)
                .body("errors[0].field", equalTo("agenda[0].votes"));
        Api.as(MO_NIKOLSK).queryParam("asOf", "вчера").get("/api/v1/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        Api.as(MO_NIKOLSK).queryParam("status", "LOST").get("/api/v1/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Api.as(MO_NIKOLSK).queryParam("page", 0).get("/api/v1/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }
}
