package ru.opora.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static ru.opora.support.Scorecards.YEAR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.indicator.Better;
import ru.opora.scorecard.ScorecardViews.EffectVerdict;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Scorecards;
import ru.opora.support.Scorecards.Place;

/**
 * The effectiveness of measures: the change of a chosen indicator of the programme's schools from the year before,
 * against the change of the municipality's other schools, over the schools with accepted values of both years.
 */
@QuarkusTest
class ScorecardEffectivenessTest {

    private static void value(Place place, Scorecards.School school, int year, String value, String status) {
        Scorecards.value(place, school, "PARENTS_SATISFIED", year, value, status);
    }

    @Test
    void theProgrammesSchoolsAreComparedWithTheOthersAndWithTheYearBefore() {
        Place place = Scorecards.municipality();
        Scorecards.School a = Scorecards.school(place, YEAR, "SHNOR");
        Scorecards.School b = Scorecards.school(place, YEAR, "SHNOR");
        Scorecards.School c = Scorecards.school(place, YEAR);
        Scorecards.School d = Scorecards.school(place, YEAR);
        Scorecards.School onlyNow = Scorecards.school(place, YEAR, "SHNOR");
        value(place, a, YEAR - 1, "60", "ACCEPTED");
        value(place, a, YEAR, "70", "ACCEPTED");
        value(place, b, YEAR - 1, "50", "ACCEPTED");
        value(place, b, YEAR, "56", "ACCEPTED");
        value(place, c, YEAR - 1, "80", "ACCEPTED");
        value(place, c, YEAR, "82", "ACCEPTED");
        value(place, d, YEAR - 1, "70", "ACCEPTED");
        value(place, d, YEAR, "72", "ACCEPTED");
        // Without the year before there is no change to count; a value under review is not counted.
        value(place, onlyNow, YEAR, "10", "ACCEPTED");
        value(place, d, YEAR - 2, "5", "ACCEPTED");
        Scorecards.School e = Scorecards.school(place, YEAR);
        value(place, e, YEAR - 1, "10", "ACCEPTED");
        value(place, e, YEAR, "90", "SUBMITTED");

        JsonPath card = Scorecards.card(place, YEAR);
        Map<String, Object> row = card.getMap("effectiveness.find { it.indicatorCode == 'PARENTS_SATISFIED' }");
        assertNotNull(row);
        Map<?, ?> programme = (Map<?, ?>) row.get("programme");
        Map<?, ?> others = (Map<?, ?>) row.get("others");
        assertEquals(2, programme.get("schools"));
        assertEquals(55.0, ((Number) programme.get("previous")).doubleValue());
        assertEquals(63.0, ((Number) programme.get("current")).doubleValue());
        assertEquals(8.0, ((Number) programme.get("change")).doubleValue());
        assertEquals(2, others.get("schools"));
        assertEquals(2.0, ((Number) others.get("change")).doubleValue());
        assertEquals(6.0, ((Number) row.get("difference")).doubleValue());
        assertEquals("BETTER", row.get("verdict"));
        assertEquals("%", card.getString("effectIndicators.find { it.code == 'PARENTS_SATISFIED' }.unit"));

        JsonPath region = Api.as(Actor.MINISTRY_PENZA).get("/api/v1/regions/{id}/scorecards/{y}", Api.regionId("58"), YEAR)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> own = region.getMap("effectiveness.find { it.indicatorCode == 'PARENTS_SATISFIED' && it.municipalityId == "
                + place.id() + " }");
        assertEquals(6.0, ((Number) own.get("difference")).doubleValue());
        assertNotNull(region.getMap("effectiveness.find { it.indicatorCode == 'PARENTS_SATISFIED' && it.municipalityId == null }"),
                "the region's total row");
    }

    @Test
    void theVerdictFollowsTheIndicatorsBetterDirection() {
        assertEquals(EffectVerdict.BETTER, ScorecardEffectiveness.verdict(Better.HIGHER, BigDecimal.ONE, new BigDecimal("0.5")));
        assertEquals(EffectVerdict.WORSE, ScorecardEffectiveness.verdict(Better.LOWER, BigDecimal.ONE, new BigDecimal("0.5")));
        assertEquals(EffectVerdict.BETTER, ScorecardEffectiveness.verdict(Better.LOWER, BigDecimal.ONE, new BigDecimal("-0.5")));
        assertEquals(EffectVerdict.SAME, ScorecardEffectiveness.verdict(Better.HIGHER, BigDecimal.ONE, new BigDecimal("0.04")));
        assertEquals(EffectVerdict.IMPROVED, ScorecardEffectiveness.verdict(Better.HIGHER, BigDecimal.ONE, null),
                "with no other schools the change against the year before decides");
        assertEquals(EffectVerdict.DECLINED, ScorecardEffectiveness.verdict(Better.HIGHER, new BigDecimal("-1"), null));
        assertEquals(EffectVerdict.NO_DATA, ScorecardEffectiveness.verdict(Better.HIGHER, null, null));
        assertEquals(EffectVerdict.NO_DATA, ScorecardEffectiveness.verdict(Better.NONE, BigDecimal.ONE, BigDecimal.ONE));
    }
}
