package ru.opora.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Scorecards.YEAR;
import static ru.opora.support.Scorecards.card;
import static ru.opora.support.Scorecards.criterion;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Scorecards;
import ru.opora.support.Scorecards.Place;

/**
 * Each criterion computed from fixed data of a fresh municipality, against the region's default thresholds
 * (roadmap: met 100, partly 50; measures: 80 / 50; monitoring: 80 / 50; publicity: 70 / 30), at the boundaries.
 */
@QuarkusTest
class ScorecardCriteriaTest {

    private static String mark(JsonPath card, String criterion) {
        return (String) criterion(card, criterion).get("mark");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> computed(JsonPath card, String criterion) {
        return (Map<String, Object>) criterion(card, criterion).get("computed");
    }

    private static Number score(JsonPath card, String criterion) {
        return (Number) computed(card, criterion).get("score");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figure(JsonPath card, String criterion, String code) {
        return ((List<Map<String, Object>>) computed(card, criterion).get("figures")).stream()
                .filter(f -> f.get("code").equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    @Test
    void roadmapIsMetWhenApprovedPartlyWhenADraftAndNotMetWhenAbsent() {
        Place none = Scorecards.municipality();
        JsonPath card = card(none, YEAR);
        assertEquals("NOT_MET", mark(card, "ROADMAP"));
        assertEquals(0, score(card, "ROADMAP").intValue());
        assertTrue(((String) computed(card, "ROADMAP").get("reason")).contains("Нет муниципальной дорожной карты"));

        Place drafting = Scorecards.municipality();
        Scorecards.draft(drafting, 1, 0);
        card = card(drafting, YEAR);
        assertEquals("PARTLY", mark(card, "ROADMAP"), "a draft scores 50, the partly threshold exactly");
        assertEquals(50, score(card, "ROADMAP").intValue());

        Place approved = Scorecards.municipality();
        Scorecards.Roadmap roadmap = Scorecards.executing(approved, 1, 0);
        card = card(approved, YEAR);
        assertEquals("MET", mark(card, "ROADMAP"));
        assertEquals("Приказ № 70 от 13.01.2025, Управление образования администрации района",
                figure(card, "ROADMAP", "document").get("text"));
        assertEquals("ROADMAP", card.getString("criteria[0].evidence[0].kind"));
        assertEquals(roadmap.id(), card.getLong("criteria[0].evidence[0].objectId"));
        // Another year than the roadmap's has none.
        assertEquals("NOT_MET", mark(card(approved, YEAR + 1), "ROADMAP"));
    }

    @Test
    void measuresCountItemsDoneByAcceptedReportsAtTheBoundaries() {
        // 5 items in March: 4 done = 80 % (met exactly), 3 = 60 % (partly), 2 = 40 % (not met); 5 of 10 = 50 % partly.
        assertMeasures(5, 4, "MET", 80);
        assertMeasures(5, 3, "PARTLY", 60);
        assertMeasures(5, 2, "NOT_MET", 40);
        assertMeasures(10, 5, "PARTLY", 50);
    }

    private static void assertMeasures(int items, int done, String expected, int score) {
        Place place = Scorecards.municipality();
        Scorecards.reported(place, items, done, 0);
        JsonPath card = card(place, YEAR);
        assertEquals(expected, mark(card, "MEASURES"), done + " of " + items);
        assertEquals(score, score(card, "MEASURES").intValue());
        assertEquals(items, ((Number) figure(card, "MEASURES", "planned").get("value")).intValue());
        assertEquals(done, ((Number) figure(card, "MEASURES", "done").get("value")).intValue());
        assertEquals(items, ((Number) figure(card, "MEASURES", "reported").get("value")).intValue());
        assertEquals(0, ((Number) figure(card, "MEASURES", "neverReported").get("value")).intValue());
    }

    @Test
    void aSubmittedReportCountsOnlyOnceAcceptedAndItemsNeverReportedAreListed() {
        Place place = Scorecards.municipality();
        Scorecards.Roadmap roadmap = Scorecards.executing(place, 2, 0);
        JsonPath card = card(place, YEAR);
        assertEquals("NOT_MET", mark(card, "MEASURES"));
        assertEquals(2, ((Number) figure(card, "MEASURES", "neverReported").get("value")).intValue());
        assertEquals(2, card.getList("criteria.find { it.criterion == 'MEASURES' }.evidence.findAll { it.kind == 'ITEM' }").size());

        for (long item : roadmap.items()) {
            Scorecards.report(place, roadmap.id(), YEAR + "-Q1", item, true, 1);
        }
        Scorecards.submit(place, roadmap.id(), YEAR + "-Q1");
        card = card(place, YEAR);
        assertEquals("NOT_MET", mark(card, "MEASURES"), "a report under review is not yet counted done");
        assertEquals(2, ((Number) figure(card, "MEASURES", "awaiting").get("value")).intValue());
        assertEquals(2, ((Number) figure(card, "MEASURES", "reported").get("value")).intValue());

        Scorecards.accept(roadmap.id(), YEAR + "-Q1");
        card = card(place, YEAR);
        assertEquals("MET", mark(card, "MEASURES"), "the report accepted a moment ago counts at once");
        assertEquals("MET", mark(card, "PUBLICITY"));
    }

    @Test
    void publicityIsTheShareOfDoneItemsWithEvidence() {
        // 10 done: 7 with a link = 70 % (met exactly), 3 = 30 % (partly exactly), 2 = 20 % (not met).
        assertPublicity(7, "MET", 70);
        assertPublicity(3, "PARTLY", 30);
        assertPublicity(2, "NOT_MET", 20);
        Place nothingDone = Scorecards.municipality();
        Scorecards.reported(nothingDone, 2, 0, 0);
        JsonPath card = card(nothingDone, YEAR);
        assertEquals("NOT_MET", mark(card, "PUBLICITY"));
        assertEquals(0, score(card, "PUBLICITY").intValue());
    }

    private static void assertPublicity(int withLinks, String expected, int score) {
        Place place = Scorecards.municipality();
        Scorecards.reported(place, 10, 10, withLinks);
        JsonPath card = card(place, YEAR);
        assertEquals(expected, mark(card, "PUBLICITY"), withLinks + " of 10 with links");
        assertEquals(score, score(card, "PUBLICITY").intValue());
        assertEquals(withLinks, ((Number) figure(card, "PUBLICITY", "links").get("value")).intValue());
        assertEquals(withLinks, card.getList("criteria.find { it.criterion == 'PUBLICITY' }.evidence.findAll { it.kind == 'LINK' }").size());
    }

    @Test
    void supportIsTheShareOfProgrammeSchoolsReachedByEventsVisitsOrPartners() {
        Place place = Scorecards.municipality();
        List<Scorecards.School> shnor = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shnor.add(Scorecards.school(place, YEAR, "SHNOR"));
        }
        Scorecards.School leader = Scorecards.school(place, YEAR);
        JsonPath card = card(place, YEAR);
        assertEquals("NOT_MET", mark(card, "SUPPORT"));
        assertEquals(0, score(card, "SUPPORT").intValue());
        assertEquals("Школ программы без сопровождения: 5.", computed(card, "SUPPORT").get("reason"));

        // Named in an event's audience, visited by a curator, paired with a leader school: 3 of 5 = 60 %, partly.
        Scorecards.event(place, YEAR + "-02-10", "[" + shnor.get(0).id() + "]", "[]", "[]", "[]", false);
        Scorecards.visit(shnor.get(1), YEAR + "-03-05", true);
        Scorecards.pair(leader, shnor.get(2), YEAR);
        // What does not count: a visit only planned, an event of the year before, a pair of another year.
        Scorecards.visit(shnor.get(3), YEAR + "-04-05", false);
        Scorecards.event(place, (YEAR - 1) + "-12-20", "[" + shnor.get(4).id() + "]", "[]", "[]", "[]", false);
        Scorecards.pair(leader, shnor.get(4), YEAR - 1);
        card = card(place, YEAR);
        assertEquals("PARTLY", mark(card, "SUPPORT"));
        assertEquals(60, score(card, "SUPPORT").intValue());
        assertEquals(1, ((Number) figure(card, "SUPPORT", "withEvents").get("value")).intValue());
        assertEquals(1, ((Number) figure(card, "SUPPORT", "visits").get("value")).intValue());
        assertEquals(1, ((Number) figure(card, "SUPPORT", "withPartner").get("value")).intValue());

        // Counted by its attendance: 4 of 5 = 80 %, met exactly.
        Scorecards.event(place, YEAR + "-05-10", "[]", "[]", "[]",
                "[{\"schoolId\": " + shnor.get(3).id() + ", \"participants\": 3}]", true);
        card = card(place, YEAR);
        assertEquals("MET", mark(card, "SUPPORT"));
        assertEquals(80, score(card, "SUPPORT").intValue());
        assertEquals(2, ((Number) figure(card, "SUPPORT", "events").get("value")).intValue());
        List<Map<String, Object>> schools = card.getList(
                "criteria.find { it.criterion == 'SUPPORT' }.evidence.findAll { it.kind == 'SCHOOL' }");
        assertEquals(5, schools.size(), "every programme school is listed with what it received");
        assertTrue(schools.stream().anyMatch(e -> ((String) e.get("detail")).startsWith("школа-партнёр: ")));

        // A webinar of the ministry for every ШНОР of the municipality reaches all five.
        Scorecards.regionEvent(YEAR + "-06-01", "[\"SHNOR\"]", "[" + place.id() + "]");
        card = card(place, YEAR);
        assertEquals(100, score(card, "SUPPORT").intValue());
        assertEquals(5, ((Number) figure(card, "SUPPORT", "withEvents").get("value")).intValue());
        // The same webinar meant for another municipality reaches none of these.
        Place other = Scorecards.municipality();
        Scorecards.school(other, YEAR, "SHNOR");
        assertEquals(0, score(card(other, YEAR), "SUPPORT").intValue());
    }

    @Test
    void supportCountsEventsTheSchoolOrganisedAndEventsForItsWholeMunicipality() {
        Place place = Scorecards.municipality();
        Place other = Scorecards.municipality();
        List<Scorecards.School> shnor = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            shnor.add(Scorecards.school(place, YEAR, "SHNOR"));
        }
        // The school's own open lesson reaches the school: 1 of 4.
        Scorecards.schoolEvent(place, shnor.get(0), YEAR + "-03-01");
        // A seminar of another municipality for that municipality as a whole reaches none of these.
        Scorecards.event(other, YEAR + "-03-15", "[]", "[]", "[" + other.id() + "]", "[]", false);
        JsonPath card = card(place, YEAR);
        assertEquals(25, score(card, "SUPPORT").intValue());
        assertEquals(1, ((Number) figure(card, "SUPPORT", "withEvents").get("value")).intValue());

        // A seminar for this municipality as a whole, with no school or category named, reaches all four.
        Scorecards.event(other, YEAR + "-04-15", "[]", "[]", "[" + place.id() + "]", "[]", false);
        card = card(place, YEAR);
        assertEquals(100, score(card, "SUPPORT").intValue());
        assertEquals(4, ((Number) figure(card, "SUPPORT", "withEvents").get("value")).intValue());
        assertEquals(2, ((Number) figure(card, "SUPPORT", "events").get("value")).intValue());
        // The school that had both is listed with both.
        assertEquals("мероприятий: 2", card.getString("criteria.find { it.criterion == 'SUPPORT' }.evidence.find { it.objectId == "
                + shnor.get(0).id() + " }.detail"));
        // The region's table reads the same as the card.
        JsonPath region = Api.as(Actor.MINISTRY_PENZA).get("/api/v1/regions/" + Api.regionId("58") + "/scorecards/" + YEAR)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(100, ((Number) region.get("municipalities.find { it.municipalityId == " + place.id()
                + " }.cells.find { it.criterion == 'SUPPORT' }.score")).intValue());
    }

    @Test
    void recommendationsAverageTheSchoolsReachedAndTheAnswersAtTheBoundaries() {
        Place place = Scorecards.municipality();
        List<Scorecards.School> shnor = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shnor.add(Scorecards.school(place, YEAR, "SHNOR"));
        }
        JsonPath card = card(place, YEAR);
        assertEquals("NOT_MET", mark(card, "RECOMMENDATIONS"));
        assertEquals("Школам программы в " + YEAR + " году не выдано ни одной рекомендации.",
                computed(card, "RECOMMENDATIONS").get("reason"));

        // 2 of 5 schools (40 %), 1 of 2 answered (50 %): 45, partly (from 40).
        Scorecards.recommendation(place, shnor.get(0), YEAR + "-02-01", YEAR + "-03-01", "ANSWERED");
        Scorecards.recommendation(place, shnor.get(1), YEAR + "-02-01", YEAR + "-03-01", "ISSUED");
        // Withdrawn and of another year: not counted.
        Scorecards.recommendation(place, shnor.get(2), YEAR + "-02-01", YEAR + "-03-01", "WITHDRAWN");
        Scorecards.recommendation(place, shnor.get(3), (YEAR - 1) + "-02-01", (YEAR - 1) + "-03-01", "DONE");
        card = card(place, YEAR);
        assertEquals("PARTLY", mark(card, "RECOMMENDATIONS"));
        assertEquals(45, score(card, "RECOMMENDATIONS").intValue());
        assertEquals(2, ((Number) figure(card, "RECOMMENDATIONS", "issued").get("value")).intValue());
        assertEquals(1, ((Number) figure(card, "RECOMMENDATIONS", "overdue").get("value")).intValue());
        assertEquals("Рекомендаций без ответа после срока: 1.", computed(card, "RECOMMENDATIONS").get("reason"));

        // 4 of 5 schools (80 %), 4 of 5 answered or done (80 %): 80, met exactly.
        Scorecards.recommendation(place, shnor.get(2), YEAR + "-04-01", YEAR + "-05-01", "DONE");
        Scorecards.recommendation(place, shnor.get(3), YEAR + "-04-01", YEAR + "-05-01", "ANSWERED");
        Scorecards.recommendation(place, shnor.get(0), YEAR + "-06-01", YEAR + "-07-01", "DONE");
        card = card(place, YEAR);
        assertEquals("MET", mark(card, "RECOMMENDATIONS"));
        assertEquals(80, score(card, "RECOMMENDATIONS").intValue());
        assertEquals(5, card.getList("criteria.find { it.criterion == 'RECOMMENDATIONS' }.evidence").size());
    }

    @Test
    void monitoringIsTheCompletenessOfFormsAveragedWithTheProgrammesDynamics() {
        // No programme schools: the completeness alone. 4 of 5 accepted = 80 % (met exactly), 3 of 5 = 60 % (partly).
        assertMonitoring(4, "MET", 80);
        assertMonitoring(3, "PARTLY", 60);
        assertMonitoring(2, "NOT_MET", 40);

        Place none = Scorecards.municipality();
        Scorecards.School only = Scorecards.school(none, YEAR);
        Scorecards.campaign(none, YEAR, "DRAFT", Map.of(only, "ACCEPTED"));
        assertEquals("NO_DATA", mark(card(none, YEAR), "MONITORING"), "a draft campaign is not a collection");

        // Every form accepted (100 %), one of two programme schools with values of both years (50 %): 75, partly.
        Place place = Scorecards.municipality();
        Scorecards.School a = Scorecards.school(place, YEAR, "SHNOR");
        Scorecards.School b = Scorecards.school(place, YEAR, "SHNOR");
        Scorecards.campaign(place, YEAR, "CLOSED", Map.of(a, "ACCEPTED", b, "ACCEPTED"));
        Scorecards.value(place, a, "STAFFING_RATE", YEAR - 1, "90", "ACCEPTED");
        Scorecards.value(place, a, "STAFFING_RATE", YEAR, "92", "ACCEPTED");
        Scorecards.value(place, b, "STAFFING_RATE", YEAR, "85", "ACCEPTED");
        Scorecards.value(place, b, "STAFFING_RATE", YEAR - 1, "80", "SUBMITTED");
        // An indicator the region does not analyse for effectiveness does not make dynamics.
        Scorecards.value(place, b, "OLYMPIAD_PARTICIPANTS", YEAR - 1, "12", "ACCEPTED");
        JsonPath card = card(place, YEAR);
        assertEquals("PARTLY", mark(card, "MONITORING"));
        assertEquals(75, score(card, "MONITORING").intValue());
        assertEquals(2, ((Number) figure(card, "MONITORING", "withValues").get("value")).intValue());
        assertEquals(1, ((Number) figure(card, "MONITORING", "withDynamics").get("value")).intValue());
        assertEquals("Школ программы без данных для анализа динамики: 1.", computed(card, "MONITORING").get("reason"));
    }

    private static void assertMonitoring(int accepted, String expected, int score) {
        Place place = Scorecards.municipality();
        Map<Scorecards.School, String> forms = new java.util.HashMap<>();
        for (int i = 0; i < 5; i++) {
            forms.put(Scorecards.school(place, YEAR), i < accepted ? "ACCEPTED" : i == accepted ? "SUBMITTED" : "NOT_STARTED");
        }
        Scorecards.campaign(place, YEAR, "CLOSED", forms);
        JsonPath card = card(place, YEAR);
        assertEquals(expected, mark(card, "MONITORING"), accepted + " of 5 accepted");
        assertEquals(score, score(card, "MONITORING").intValue());
        assertEquals(accepted, ((Number) figure(card, "MONITORING", "formsAccepted").get("value")).intValue());
        assertEquals(1, ((Number) figure(card, "MONITORING", "formsSubmitted").get("value")).intValue());
    }

    @Test
    void withoutProgrammeSchoolsSupportAndRecommendationsHaveNoData() {
        Place place = Scorecards.municipality();
        Scorecards.school(place, YEAR);
        JsonPath card = card(place, YEAR);
        for (String criterion : List.of("SUPPORT", "RECOMMENDATIONS")) {
            assertEquals("NO_DATA", mark(card, criterion));
            assertNull(score(card, criterion));
            assertTrue(((String) computed(card, criterion).get("reason")).contains("нет школ программы"));
        }
    }

    @Test
    void publicityAlsoWeighsTheMunicipalitysEventsWithAPublication() {
        // 10 done items, 7 with a link (70 %); events: 1 of 2 published (50 %) → 60, partly.
        Place place = Scorecards.municipality();
        Scorecards.reported(place, 10, 10, 7);
        Scorecards.event(place, YEAR + "-02-10", "[]", "[]", "[]", "[]", true);
        Scorecards.event(place, YEAR + "-03-10", "[]", "[]", "[]", "[]", false);
        JsonPath card = card(place, YEAR);
        assertEquals("PARTLY", mark(card, "PUBLICITY"));
        assertEquals(60, score(card, "PUBLICITY").intValue());
        assertEquals(1, ((Number) figure(card, "PUBLICITY", "publishedEvents").get("value")).intValue());
        assertEquals(1, card.getList("criteria.find { it.criterion == 'PUBLICITY' }.evidence.findAll { it.kind == 'EVENT' }").size());
        // Events alone, nothing reported done: the events' share is the score.
        Place eventsOnly = Scorecards.municipality();
        Scorecards.event(eventsOnly, YEAR + "-02-10", "[]", "[]", "[]", "[]", true);
        assertEquals(100, score(card(eventsOnly, YEAR), "PUBLICITY").intValue());
    }
}
