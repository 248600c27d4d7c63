package ru.opora.scorecard;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/**
 * The region's settings of the scorecard: checked as a whole on save (every criterion once, «partly» not above «met»,
 * indicators of the catalogue that can change), refused with field errors and nothing saved, changed on the version
 * read. Саратовская область's settings: the Penza tests count on Penza's defaults.
 */
@QuarkusTest
class ScorecardSettingsTest {

    private static String path() {
        return "/api/v1/regions/" + Api.regionId("64") + "/scorecard-settings";
    }

    private static JsonPath read() {
        return Api.as(Actor.MINISTRY_SARATOV).get(path()).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> input(JsonPath current) {
        List<Map<String, Object>> thresholds = new ArrayList<>();
        for (Map<String, Object> t : current.<Map<String, Object>>getList("thresholds")) {
            Map<?, ?> threshold = (Map<?, ?>) t.get("threshold");
            thresholds.add(new HashMap<>(Map.of("criterion", t.get("criterion"), "met", threshold.get("met"),
                    "partly", threshold.get("partly"))));
        }
        return new HashMap<>(Map.of("thresholds", thresholds, "programmeCategories", current.getList("programmeCategories"),
                "effectIndicators", new ArrayList<>(current.getList("effectIndicators.code")),
                "version", current.getLong("version")));
    }

    @Test
    void badSettingsAreRefusedWithTheirFieldsAndNothingIsSaved() {
        JsonPath before = read();
        Map<String, Object> body = input(before);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> thresholds = (List<Map<String, Object>>) body.get("thresholds");
        thresholds.get(0).put("partly", 101);
        thresholds.get(1).put("met", 0);
        thresholds.remove(5);
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) body.get("effectIndicators");
        codes.set(0, "NO_SUCH_INDICATOR");
        Api.as(Actor.MINISTRY_SARATOV).body(body).put(path()).then().statusCode(422)
                .body("errors.field", hasItems("thresholds[0].partly", "thresholds[1].met", "thresholds",
                        "effectIndicators[0]"));
        assertEquals(before.getMap(""), read().getMap(""), "nothing was saved");

        Map<String, Object> stale = input(before);
        stale.put("version", before.getLong("version") - 1);
        Api.as(Actor.MINISTRY_SARATOV).body(stale).put(path()).then().statusCode(409);
        Map<String, Object> twice = input(before);
        twice.put("programmeCategories", List.of("SHNOR", "SHNOR"));
        Api.as(Actor.MINISTRY_SARATOV).body(twice).put(path()).then().statusCode(422)
                .body("errors.field", hasItem("programmeCategories"));
    }

    @Test
    void theMinistryChangesItsSettingsOnTheVersionItRead() {
        JsonPath before = read();
        Map<String, Object> body = input(before);
        body.put("effectIndicators", List.of("STAFFING_RATE"));
        JsonPath after = Api.as(Actor.MINISTRY_SARATOV).body(body).put(path()).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("STAFFING_RATE"), after.getList("effectIndicators.code"));
        assertEquals("HIGHER", after.getString("effectIndicators[0].better"));
        assertEquals(before.getLong("version") + 1, after.getLong("version"));
        Map<String, Object> back = input(after);
        back.put("effectIndicators", before.getList("effectIndicators.code"));
        Api.as(Actor.MINISTRY_SARATOV).body(back).put(path()).then().statusCode(200);
    }
}
