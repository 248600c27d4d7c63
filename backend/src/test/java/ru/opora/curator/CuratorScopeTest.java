package ru.opora.curator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Actor.CURATOR_PENZA;
import static ru.opora.support.Actor.CURATOR_PENZA2;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_KAMENKA1;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Curators;
import ru.opora.support.Recommendations;

/**
 * A curator sees the schools assigned to them for the year and nothing else: their assignments, their visits, the
 * recommendations of their schools and the partner pairs of their schools; every other endpoint refuses the role.
 */
@QuarkusTest
class CuratorScopeTest {

    private long nikolsk1;
    private long kamenka1;

    @BeforeEach
    void assign() {
        Curators.ensureAssigned();
        nikolsk1 = Api.schoolId("5818003401");
        kamenka1 = Api.schoolId("5802002110");
    }

    @Test
    void theCuratorSeesTheirOwnAssignmentsAndIsRefusedEverythingElse() {
        Api.as(CURATOR_PENZA).get("/api/v1/me").then().statusCode(200).body("role", equalTo("CURATOR"))
                .body("permissions", equalTo(List.of("CURATOR_WORK"))).body("organisation.regionId", equalTo((int) Api.regionId("58")));
        Api.as(CURATOR_PENZA).queryParams(Map.of("year", Curators.year(), "size", 100)).get("/api/v1/curator-assignments")
                .then().statusCode(200).body("items.curatorUsername", everyItem(equalTo("curator.penza1")))
                .body("items.school.id", hasItem((int) nikolsk1)).body("items.school.id", not(hasItem((int) kamenka1)))
                .body("items.find { it.school.id == " + nikolsk1 + " }.allowed", equalTo(List.of("PLAN_VISIT", "RECOMMEND", "RISK_PROFILE")));
        // The registry card is not the curator's: refused as outside their scope (404), like any object the path names.
        Api.as(CURATOR_PENZA).get("/api/v1/schools/{id}", nikolsk1).then().statusCode(404);
        for (String path : List.of("/api/v1/schools", "/api/v1/roadmaps", "/api/v1/campaigns",
                "/api/v1/regions", "/api/v1/meetings", "/api/v1/decisions", "/api/v1/events", "/api/v1/working-groups",
                "/api/v1/indicators", "/api/v1/roadmap-reviews")) {
            Api.as(CURATOR_PENZA).get(path).then().statusCode(403);
        }
        Api.as(CURATOR_PENZA).body(Curators.assignment("curator.penza1", kamenka1)).post("/api/v1/curator-assignments")
                .then().statusCode(403);
    }

    @Test
    void aCuratorPlansAndRecordsVisitsToTheirSchoolsOnly() {
        Api.as(CURATOR_PENZA).body(Curators.visit(kamenka1)).post("/api/v1/curator-visits").then().statusCode(422)
                .body("errors[0].field", equalTo("schoolId"));
        long visit = Curators.plannedVisit(nikolsk1);
        Api.as(CURATOR_PENZA2).get("/api/v1/curator-visits/{id}", visit).then().statusCode(404);
        Api.as(MO_KAMENKA).get("/api/v1/curator-visits/{id}", visit).then().statusCode(404);
        Api.as(SCHOOL_KAMENKA1).get("/api/v1/curator-visits/{id}", visit).then().statusCode(404);
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/curator-visits/{id}", visit).then().statusCode(200)
                .body("status", equalTo("PLANNED")).body("allowed", equalTo(List.of()));
        Api.as(MINISTRY_PENZA).get("/api/v1/curator-visits/{id}", visit).then().statusCode(200);

        Map<String, Object> held = Curators.visit(nikolsk1);
        held.put("status", "HELD");
        held.put("version", 0);
        Api.as(CURATOR_PENZA).body(held).put("/api/v1/curator-visits/{id}", visit).then().statusCode(422)
                .body("errors.field", hasItem("findings"));
        held.put("visitOn", LocalDate.now().toString());
        held.put("findings", "План повышения качества выполняется; анализ результатов ВПР проведён не по всем предметам");
        Api.as(CURATOR_PENZA).body(held).put("/api/v1/curator-visits/{id}", visit).then().statusCode(200)
                .body("status", equalTo("HELD")).body("curatorName", equalTo(assignedName(nikolsk1)));
        Api.as(CURATOR_PENZA).body(held).put("/api/v1/curator-visits/{id}", visit).then().statusCode(409);

        // The visit is the basis of a recommendation to the school; the visit lists it.
        Map<String, Object> recommendation = Recommendations.toSchool(nikolsk1, Recommendations.inAMonth());
        recommendation.put("basis", Map.of("kind", "CURATOR_VISIT", "referenceId", visit));
        long issued = Api.as(CURATOR_PENZA).body(recommendation).post("/api/v1/recommendations").then().statusCode(201)
                .body("issuerType", equalTo("CURATOR")).body("issuerName", containsString(assignedName(nikolsk1)))
                .extract().jsonPath().getLong("id");
        Api.as(CURATOR_PENZA).get("/api/v1/curator-visits/{id}", visit).then().statusCode(200)
                .body("recommendations.id", equalTo(List.of((int) issued)));
        Api.as(SCHOOL_NIKOLSK1).get("/api/v1/recommendations/{id}", issued).then().statusCode(200)
                .body("allowed", equalTo(List.of("ANSWER", "COMPLETE")));
        Api.as(CURATOR_PENZA2).get("/api/v1/recommendations/{id}", issued).then().statusCode(404);
        recommendation.put("addressee", Map.of("type", "SCHOOL", "id", kamenka1));
        Api.as(CURATOR_PENZA).body(recommendation).post("/api/v1/recommendations").then().statusCode(422)
                .body("errors.field", hasItem("addressee"));
    }

    /** The curator's name as the ministry wrote it in the assignment (the demo data's or the tests'). */
    private static String assignedName(long school) {
        return Api.as(CURATOR_PENZA).queryParams(Map.of("year", Curators.year(), "size", 100)).get("/api/v1/curator-assignments")
                .then().statusCode(200).extract().jsonPath().getString("items.find { it.school.id == " + school + " }.curatorName");
    }

    @Test
    void aCuratorSeesTheRecommendationsAndPairsOfTheirSchoolsOnly() {
        long fromMunicipality = Recommendations.issuedToNikolskSchool();
        Api.as(CURATOR_PENZA).queryParams(Map.of("size", 100, "schoolId", nikolsk1)).get("/api/v1/recommendations").then()
                .statusCode(200).body("items.id", hasItem((int) fromMunicipality));
        Api.as(CURATOR_PENZA2).queryParams(Map.of("size", 100)).get("/api/v1/recommendations").then()
                .statusCode(200).body("items.id", not(hasItem((int) fromMunicipality)));
        // The demo data pairs the same schools this year; a year of their own keeps the test apart from it.
        long pair = Curators.pair(Curators.nikolskPair(Curators.nextPairYear()));
        Api.as(CURATOR_PENZA).queryParams(Map.of("size", 100)).get("/api/v1/partner-pairs").then().statusCode(200)
                .body("items.id", hasItem((int) pair)).body("items.find { it.id == " + pair + " }.allowed", equalTo(List.of()));
        Api.as(CURATOR_PENZA2).queryParams(Map.of("size", 100)).get("/api/v1/partner-pairs").then().statusCode(200)
                .body("items.id", not(hasItem((int) pair)));
    }

    @Test
    void losingTheAssignmentLosesTheSchool() {
        long nikolsk2 = Api.schoolId("5818003412");
        long assignment = Curators.assign(Curators.assignment("curator.penza2", nikolsk2));
        Api.as(MINISTRY_PENZA).body(Curators.assignment("curator.penza2", nikolsk2)).post("/api/v1/curator-assignments")
                .then().statusCode(409);
        Api.as(CURATOR_PENZA2).body(Curators.visit(nikolsk2)).post("/api/v1/curator-visits").then().statusCode(201);
        Api.as(MINISTRY_PENZA).delete("/api/v1/curator-assignments/{id}", assignment).then().statusCode(204);
        Api.as(CURATOR_PENZA2).body(Curators.visit(nikolsk2)).post("/api/v1/curator-visits").then().statusCode(422);
        Api.as(MINISTRY_PENZA).body(Curators.assignment("curator.penza2", Api.schoolId("6440001011")))
                .post("/api/v1/curator-assignments").then().statusCode(422).body("errors[0].field", equalTo("schoolId"));
    }

    @Test
    void partnerPairsAreKeptByTheMinistryOrTheMunicipalityOfBothSchools() {
        int year = Curators.nextPairYear();
        Map<String, Object> body = Curators.nikolskPair(year);
        long pair = Curators.pair(body);
        Api.as(MO_NIKOLSK).body(body).post("/api/v1/partner-pairs").then().statusCode(409);
        Map<String, Object> self = new HashMap<>(body);
        self.put("leaderSchoolId", body.get("supportedSchoolId"));
        Api.as(MO_NIKOLSK).body(self).post("/api/v1/partner-pairs").then().statusCode(422)
                .body("errors[0].field", equalTo("supportedSchoolId"));
        Map<String, Object> across = new HashMap<>(body);
        across.put("leaderSchoolId", Api.schoolId("5802002345"));
        Api.as(MO_NIKOLSK).body(across).post("/api/v1/partner-pairs").then().statusCode(422)
                .body("errors[0].field", equalTo("leaderSchoolId"));
        Api.as(SCHOOL_NIKOLSK1).queryParams(Map.of("year", year)).get("/api/v1/partner-pairs").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) pair))).body("items[0].leader.name", equalTo("МБОУ СОШ № 2 г. Никольска"));
        Api.as(MO_KAMENKA).queryParams(Map.of("year", year)).get("/api/v1/partner-pairs").then().statusCode(200)
                .body("total", equalTo(0));
        Map<String, Object> update = new HashMap<>(body);
        update.put("agreement", Map.of("number", "14-С", "date", "2026-02-10"));
        update.put("version", 0);
        Api.as(MO_NIKOLSK).body(update).put("/api/v1/partner-pairs/{id}", pair).then().statusCode(200)
                .body("agreement.number", equalTo("14-С"));
        Api.as(MINISTRY_PENZA).body(update).put("/api/v1/partner-pairs/{id}", pair).then().statusCode(409);
        Api.as(MO_KAMENKA).delete("/api/v1/partner-pairs/{id}", pair).then().statusCode(404);
        Api.as(MINISTRY_PENZA).delete("/api/v1/partner-pairs/{id}", pair).then().statusCode(204);
        assertEquals(0, Api.as(MO_NIKOLSK).queryParams(Map.of("year", year)).get("/api/v1/partner-pairs").then()
                .extract().jsonPath().getInt("total"));
    }
}
