package ru.opora.scorecard;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Scorecards.YEAR;
import static ru.opora.support.Scorecards.card;
import static ru.opora.support.Scorecards.criterion;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.ContractValidation;
import ru.opora.support.Scorecards;
import ru.opora.support.Scorecards.Place;

/**
 * The expert's mark beside the computed one: set with a required comment, changed on its version, and flagged for
 * review when the data behind it changes; bad input and stale versions are refused with nothing saved.
 */
@QuarkusTest
class ScorecardMarksTest {

    private static Map<String, Object> mark(String criterion, String mark, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("criterion", criterion);
        body.put("mark", mark);
        body.put("comment", comment);
        return body;
    }

    private static String marks(Place place) {
        return place.card() + YEAR + "/marks";
    }

    @Test
    void anOverrideKeepsBothMarksAndIsFlaggedWhenTheDataBehindItChanges() {
        Place place = Scorecards.municipality();
        Scorecards.School school = Scorecards.school(place, YEAR, "SHNOR");
        JsonPath set = Api.as(Actor.MINISTRY_PENZA).body(mark("SUPPORT", "PARTLY",
                        "Сопровождение ведётся по договору с ИРР, сведения ещё не внесены"))
                .post(marks(place)).then().statusCode(201).extract().jsonPath();
        assertEquals("PARTLY", set.getString("mark"));
        assertEquals("NOT_MET", set.getString("computed.mark"));
        assertEquals("NOT_MET", set.getString("expert.computedMark"));
        assertFalse(set.getBoolean("reviewNeeded"));
        long id = set.getLong("expert.id");

        JsonPath card = card(place, YEAR);
        assertEquals("PARTLY", criterion(card, "SUPPORT").get("mark"));
        assertEquals(false, criterion(card, "SUPPORT").get("reviewNeeded"));
        // The region's table shows the expert's mark, and that it is one.
        JsonPath region = Api.as(Actor.MINISTRY_PENZA).get("/api/v1/regions/{id}/scorecards/{y}", Api.regionId("58"), YEAR)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> cell = region.getMap("municipalities.find { it.municipalityId == " + place.id()
                + " }.cells.find { it.criterion == 'SUPPORT' }");
        assertEquals("PARTLY", cell.get("mark"));
        assertEquals(true, cell.get("expert"));

        // A curator's visit held: the data behind the mark changed, so the mark needs review (and says so in the table).
        Scorecards.visit(school, YEAR + "-03-01", true);
        card = card(place, YEAR);
        assertEquals(true, criterion(card, "SUPPORT").get("reviewNeeded"));
        assertEquals("MET", ((Map<?, ?>) criterion(card, "SUPPORT").get("computed")).get("mark"));
        assertEquals("PARTLY", criterion(card, "SUPPORT").get("mark"), "the expert's mark stands until reviewed");
        region = Api.as(Actor.MINISTRY_PENZA).get("/api/v1/regions/{id}/scorecards/{y}", Api.regionId("58"), YEAR)
                .then().statusCode(200).extract().jsonPath();
        assertTrue(region.getInt("criteria.find { it.criterion == 'SUPPORT' }.reviewNeeded") >= 1);

        // Confirming it again against the data as it is now clears the flag; the old version is refused.
        long version = ((Number) ((Map<?, ?>) criterion(card, "SUPPORT").get("expert")).get("version")).longValue();
        Map<String, Object> update = new HashMap<>(Map.of("mark", "MET", "comment", "Визит куратора проведён", "version", version));
        JsonPath changed = Api.as(Actor.MINISTRY_PENZA).body(update).put(marks(place) + "/{id}", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("MET", changed.getString("mark"));
        assertFalse(changed.getBoolean("reviewNeeded"));
        Api.as(Actor.MINISTRY_PENZA).body(update).put(marks(place) + "/{id}", id).then().statusCode(409);
        assertEquals("Визит куратора проведён",
                ((Map<?, ?>) criterion(card(place, YEAR), "SUPPORT").get("expert")).get("comment"));
    }

    @Test
    void aMarkWithoutACommentOrOfNoDataIsRefusedAndASecondMarkIsAConflict() {
        Place place = Scorecards.municipality();
        Api.as(Actor.MINISTRY_PENZA).body(mark("ROADMAP", "MET", "  ")).post(marks(place)).then().statusCode(422)
                .body("errors.field", hasItem("comment"));
        Api.as(Actor.MINISTRY_PENZA).body(mark("ROADMAP", "NO_DATA", "нет данных")).post(marks(place)).then()
                .statusCode(422).body("errors.field", hasItem("mark"));
        assertEquals(null, criterion(card(place, YEAR), "ROADMAP").get("expert"), "nothing was saved");
        Api.as(Actor.MINISTRY_PENZA).body(mark("ROADMAP", "PARTLY", "Карта на согласовании")).post(marks(place)).then()
                .statusCode(201);
        Api.as(Actor.MINISTRY_PENZA).body(mark("ROADMAP", "MET", "Ещё раз")).post(marks(place)).then().statusCode(409);
        Api.as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).body(mark("NINTH", "MET", "Нет такого"))
                .post(marks(place)).then().statusCode(400);
    }

    @Test
    void theYearMustBeAYearOfTheScorecard() {
        Place place = Scorecards.municipality();
        Api.as(Actor.MINISTRY_PENZA).get(place.card() + "1999").then().statusCode(422).body("errors.field", hasItem("year"));
        Api.as(Actor.MINISTRY_PENZA).get(place.card() + "2199").then().statusCode(422);
        Api.as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).get(place.card() + "двадцать").then()
                .statusCode(400);
        Api.as(Actor.MINISTRY_PENZA).get("/api/v1/regions/{id}/scorecards/1999", Api.regionId("58")).then().statusCode(422);
    }

    @Test
    void aMunicipalitySeesItsOwnCardOnlyAndMarksNone() {
        Place own = Scorecards.municipality();
        Place other = Scorecards.municipality();
        own.user().get(own.card() + YEAR).then().statusCode(200);
        own.user().get(other.card() + YEAR).then().statusCode(404);
        own.user().get("/api/v1/regions/{id}/scorecards/{y}", Api.regionId("58"), YEAR).then().statusCode(403);
        own.user().body(mark("ROADMAP", "MET", "Сами себе")).post(marks(own)).then().statusCode(403);
        JsonPath card = own.user().get(own.card() + YEAR).then().statusCode(200).extract().jsonPath();
        assertTrue(card.getList("criteria.allowed.flatten()").isEmpty(), "a municipality is offered no action");
    }
}
