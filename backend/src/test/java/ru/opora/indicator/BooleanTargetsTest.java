package ru.opora.indicator;

import static org.hamcrest.Matchers.equalTo;
import static ru.opora.support.Actor.MINISTRY_PENZA;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/**
 * A yes/no indicator's target is an answer, not a number: «нет» (0 % of schools answering «да») or «да» (100 %); a
 * school attains it when its own answer is that one.
 */
@QuarkusTest
class BooleanTargetsTest {

    @Test
    void aYesNoTargetIsYesOrNoAndASchoolAttainsItByItsAnswer() {
        Map<String, Object> body = Campaigns.regionalIndicator("SAFE_ROUTE_2057");
        body.put("name", "Есть ли нарушения безопасности маршрута");
        body.put("valueType", "BOOLEAN");
        body.put("better", "LOWER");
        body.remove("minValue");
        body.remove("maxValue");
        int id = Api.as(MINISTRY_PENZA).body(body).post("/api/v1/indicators").then().statusCode(201)
                .extract().jsonPath().getInt("id");

        Api.as(MINISTRY_PENZA).body(Map.of("targets", List.of(Map.of("year", 2057, "value", 20)), "version", 0))
                .put("/api/v1/indicators/{id}/targets", id).then().statusCode(422)
                .body("errors[0].field", equalTo("targets[0].value"));
        Api.as(MINISTRY_PENZA).body(Map.of("targets", List.of(Map.of("year", 2057, "value", 0)), "version", 0))
                .put("/api/v1/indicators/{id}/targets", id).then().statusCode(200)
                .body("targets.value", equalTo(List.of(0)));

        String csv = "school_code;indicator_code;period;value\n5818003401;SAFE_ROUTE_2057;2057;да\n5818003412;SAFE_ROUTE_2057;2057;нет\n";
        Api.as(MINISTRY_PENZA).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/indicator-values/imports").then().statusCode(200).body("created", equalTo(2));
        Api.as(MINISTRY_PENZA).queryParam("period", "2057").queryParam("municipalityId", Api.municipalityId("56651000"))
                .get("/api/v1/analytics/indicators/{id}/breakdown", id).then().statusCode(200)
                .body("rows.find { it.value == 1 }.attained", equalTo(false))
                .body("rows.find { it.value == 0 }.attained", equalTo(true))
                .body("attained", equalTo(1));
    }
}
