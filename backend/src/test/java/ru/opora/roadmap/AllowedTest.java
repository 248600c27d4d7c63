package ru.opora.roadmap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Roadmaps;
import ru.opora.support.Roadmaps.Fixture;

/**
 * {@code allowed} as each actor gets it in each state: the status changes of a roadmap by name, and a report's save,
 * submission (with what is missing) and review, with who the caller is for the report. The SPA shows nothing else.
 */
@QuarkusTest
class AllowedTest {

    private static final String ROADMAP = "/api/v1/roadmaps/{id}";
    private static final String REPORT = "/api/v1/roadmaps/{id}/reports/{p}";

    private static io.restassured.response.ValidatableResponse roadmap(Actor actor, long id) {
        return Api.as(actor).get(ROADMAP, id).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse report(Actor actor, long id, String period) {
        return Api.as(actor).get(REPORT, id, period).then().statusCode(200);
    }

    @Test
    void roadmapTransitionsFollowTheStatus() {
        Fixture fixture = Roadmaps.draft(MO_NIKOLSK);
        long id = fixture.id();
        roadmap(MO_NIKOLSK, id).body("allowed", contains("EDIT", "APPROVE", "ARCHIVE"));
        roadmap(MINISTRY_PENZA, id).body("allowed", contains("REVIEW"));
        Roadmaps.transition(MO_NIKOLSK, id, "APPROVE");
        roadmap(MO_NIKOLSK, id).body("allowed", contains("START", "REVISE", "ARCHIVE", "REPORT"));
        roadmap(SCHOOL_NIKOLSK1, id).body("allowed", contains("CASCADE"));
        Roadmaps.transition(MO_NIKOLSK, id, "START");
        roadmap(MO_NIKOLSK, id).body("allowed", contains("COMPLETE", "REVISE", "ARCHIVE", "REPORT"));
        Roadmaps.transition(MO_NIKOLSK, id, "COMPLETE");
        roadmap(MO_NIKOLSK, id).body("allowed", contains("ARCHIVE"));
        // An action not in allowed is refused by the same rule.
        Api.as(MO_NIKOLSK).body(Map.of("action", "START", "version", Roadmaps.version(MO_NIKOLSK, id)))
                .post(ROADMAP + "/transitions", id).then().statusCode(409);
        Roadmaps.transition(MO_NIKOLSK, id, "ARCHIVE");
        roadmap(MO_NIKOLSK, id).body("allowed", empty());
        Api.as(MO_NIKOLSK).body(Map.of("action", "ARCHIVE", "reason", "ещё раз", "version", Roadmaps.version(MO_NIKOLSK, id)))
                .post(ROADMAP + "/transitions", id).then().statusCode(409);
    }

    @Test
    void reportActionsPerActorAndState() {
        Fixture fixture = Roadmaps.executing(MO_NIKOLSK);
        long id = fixture.id();
        // Not started: the owner may save, not yet submit, and is told what is missing (both items have begun).
        report(MO_NIKOLSK, id, "2025-Q1").body("actor", equalTo("OWNER")).body("allowed", contains("SAVE"))
                .body("missing.field", contains("items[1.1]", "items[1.2]"));
        report(MINISTRY_PENZA, id, "2025-Q1").body("actor", equalTo("REVIEWER")).body("allowed", empty())
                .body("missing", empty());
        report(SCHOOL_NIKOLSK1, id, "2025-Q1").body("actor", equalTo("VIEWER")).body("allowed", empty());

        Api.as(MO_NIKOLSK).body(Roadmaps.done("Проведено совещание", null))
                .put(REPORT + "/items/{i}", id, "2025-Q1", fixture.itemIds().get(0)).then().statusCode(200);
        report(MO_NIKOLSK, id, "2025-Q1").body("allowed", contains("SAVE")).body("missing.field", contains("items[1.2]"));
        Api.as(MO_NIKOLSK).body(Map.of("version", Roadmaps.reportVersion(MO_NIKOLSK, id, "2025-Q1")))
                .post(REPORT + "/submission", id, "2025-Q1").then().statusCode(422)
                .body("errors.field", contains("items[1.2]"));

        Api.as(MO_NIKOLSK).body(Roadmaps.done("Идёт работа", null))
                .put(REPORT + "/items/{i}", id, "2025-Q1", fixture.itemIds().get(1)).then().statusCode(200);
        report(MO_NIKOLSK, id, "2025-Q1").body("allowed", contains("SAVE", "SUBMIT")).body("missing", empty());

        Roadmaps.submit(MO_NIKOLSK, id, "2025-Q1");
        report(MO_NIKOLSK, id, "2025-Q1").body("actor", equalTo("OWNER")).body("allowed", empty()).body("missing", empty());
        report(MINISTRY_PENZA, id, "2025-Q1").body("allowed", contains("REVIEW"));
        report(SCHOOL_NIKOLSK1, id, "2025-Q1").body("allowed", empty());

        Api.as(MINISTRY_PENZA).body(Map.of("decision", "RETURN", "comment", "Приложите протокол",
                "version", Roadmaps.reportVersion(MINISTRY_PENZA, id, "2025-Q1")))
                .post(REPORT + "/review", id, "2025-Q1").then().statusCode(200);
        report(MO_NIKOLSK, id, "2025-Q1").body("allowed", contains("SAVE", "SUBMIT"));
        report(MINISTRY_PENZA, id, "2025-Q1").body("allowed", empty());
    }
}
