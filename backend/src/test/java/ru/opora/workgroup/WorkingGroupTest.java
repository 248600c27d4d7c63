package ru.opora.workgroup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.ContractValidation;
import ru.opora.support.Meetings;

/** Working groups with their order and members (as the order names them), and meetings of a group. */
@QuarkusTest
class WorkingGroupTest {

    private static Map<String, Object> group() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Рабочая группа координаторов, ответственных за реализацию муниципальных управленческих механизмов");
        body.put("approvingOrder", Map.of("kind", "Приказ", "number", "68", "date", "2025-09-30",
                "authority", "Управление образования администрации Никольского района"));
        body.put("members", List.of(
                Map.of("fullName", "Н. П. Кутькова", "position", "и.о. начальника Управления образования", "role", "CHAIR"),
                Map.of("fullName", "А.Ю.Сидорова", "role", "SECRETARY"),
                Map.of("username", "mo.nikolsk", "fullName", "Е. Кузнецова", "position", "муниципальный координатор",
                        "organisation", "Управление образования", "role", "MEMBER")));
        return body;
    }

    @Test
    void aGroupIsFormedByOrderWithItsMembersAndHoldsMeetings() {
        long id = Api.as(MO_NIKOLSK).body(group()).post("/api/v1/working-groups").then().statusCode(201)
                .body("owner.name", equalTo("Никольский район")).body("members[0].role", equalTo("CHAIR"))
                .body("approvingOrder.number", equalTo("68")).body("allowed", equalTo(List.of("EDIT", "RECORD_MEETING")))
                .extract().jsonPath().getLong("id");
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/working-groups/{id}", id).then().statusCode(200).body("allowed", equalTo(List.of()));
        Api.as(MINISTRY_PENZA).get("/api/v1/working-groups/{id}", id).then().statusCode(200);
        Api.as(MO_KAMENKA).get("/api/v1/working-groups/{id}", id).then().statusCode(404);
        Api.as(MO_KAMENKA).queryParams(Map.of("size", 100)).get("/api/v1/working-groups").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));

        Map<String, Object> meeting = Meetings.forNikolskSchool();
        meeting.put("workingGroupId", id);
        long recorded = Meetings.create(MO_NIKOLSK, meeting);
        Api.as(MO_NIKOLSK).get("/api/v1/meetings/{id}", recorded).then().body("workingGroup.id", equalTo((int) id));
        Api.as(MO_NIKOLSK).get("/api/v1/working-groups/{id}", id).then().statusCode(200).body("meetings", equalTo(1));
        Api.as(MO_NIKOLSK).queryParam("workingGroupId", id).get("/api/v1/meetings").then().statusCode(200)
                .body("total", equalTo(1));
        Map<String, Object> foreign = Meetings.nikolsk("2025-10-16", null, null);
        foreign.put("workingGroupId", id);
        Api.as(MO_KAMENKA).body(foreign).post("/api/v1/meetings").then().statusCode(422)
                .body("errors[0].field", equalTo("workingGroupId"));

        Map<String, Object> update = group();
        update.put("name", "Муниципальная рабочая группа по сопровождению ШНОР");
        update.put("version", 0);
        Api.as(MINISTRY_PENZA).body(update).put("/api/v1/working-groups/{id}", id).then().statusCode(403);
        Api.as(MO_NIKOLSK).body(update).put("/api/v1/working-groups/{id}", id).then().statusCode(200)
                .body("name", equalTo("Муниципальная рабочая группа по сопровождению ШНОР"));
        Api.as(MO_NIKOLSK).body(update).put("/api/v1/working-groups/{id}", id).then().statusCode(409);
    }

    @Test
    void badMembersAreRefused() {
        Map<String, Object> twoChairs = group();
        twoChairs.put("members", List.of(Map.of("fullName", "А", "role", "CHAIR"), Map.of("fullName", "Б", "role", "CHAIR")));
        Api.as(MO_NIKOLSK).body(twoChairs).post("/api/v1/working-groups").then().statusCode(422)
                .body("errors[0].field", equalTo("members"));
        Map<String, Object> blank = group();
        blank.put("members", List.of(Map.of("fullName", " ", "role", "MEMBER")));
        blank.put("name", "н".repeat(1001));
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body(blank).post("/api/v1/working-groups").then()
                .statusCode(422).body("errors.field", hasItem("members[0].fullName")).body("errors.field", hasItem("name"));
        Map<String, Object> role = group();
        role.put("members", List.of(Map.of("fullName", "А", "role", "KING")));
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body(role).post("/api/v1/working-groups").then()
                .statusCode(400);
        Api.as(MO_NIKOLSK).queryParam("level", "GALAXY").get("/api/v1/working-groups").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
    }
}
