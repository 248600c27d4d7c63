package ru.opora.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.opora.support.Actor.MO_NIKOLSK;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.ContractValidation;

/** Hostile and malformed subscriptions: a problem naming the field, never a 5xx, nothing saved. */
@QuarkusTest
class WebhookInputTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";

    private static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("url", "https://hooks.invalid/input");
        body.put("eventTypes", List.of("ru.opora.indicator-value.accepted"));
        body.put("active", true);
        return body;
    }

    @Test
    void fieldsAreCheckedAndNamed() {
        long before = Api.as(MO_NIKOLSK).get(WEBHOOKS).then().statusCode(200).extract().jsonPath().getLong("total");
        Map<String, Object> longUrl = valid();
        longUrl.put("url", "https://hooks.invalid/" + "a".repeat(2000));
        Api.as(MO_NIKOLSK).body(longUrl).post(WEBHOOKS).then().statusCode(422).body("errors.field", hasItem("url"));
        Map<String, Object> zero = valid();
        zero.put("url", "https://hooks.invalid/\u0000");
        Api.as(MO_NIKOLSK).body(zero).post(WEBHOOKS).then().statusCode(400).body("errors.field", hasItem("url"));
        Map<String, Object> noActive = valid();
        noActive.remove("active");
        Api.as(MO_NIKOLSK).body(noActive).post(WEBHOOKS).then().statusCode(422).body("errors.field", hasItem("active"));
        Map<String, Object> manyTypes = valid();
        manyTypes.put("eventTypes", java.util.Collections.nCopies(51, "ru.opora.school.updated"));
        Api.as(MO_NIKOLSK).body(manyTypes).post(WEBHOOKS).then().statusCode(422).body("errors.field", hasItem("eventTypes"));
        Map<String, Object> sqlType = valid();
        sqlType.put("eventTypes", List.of("x' or '1'='1"));
        Api.as(MO_NIKOLSK).body(sqlType).post(WEBHOOKS).then().statusCode(422).body("errors[0].field", equalTo("eventTypes"));
        Map<String, Object> script = valid();
        script.put("url", "javascript:alert(1)");
        Api.as(MO_NIKOLSK).body(script).post(WEBHOOKS).then().statusCode(422).body("errors[0].field", equalTo("url"));
        Map<String, Object> badDescription = valid();
        badDescription.put("description", "д".repeat(301));
        Api.as(MO_NIKOLSK).body(badDescription).post(WEBHOOKS).then().statusCode(422).body("errors.field", hasItem("description"));
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body("{\"url\": 5, \"eventTypes\": \"all\", \"active\": true}")
                .post(WEBHOOKS).then().statusCode(400);
        Api.as(MO_NIKOLSK).spec(ContractValidation.invalidRequest()).body("{\"url\": ").post(WEBHOOKS).then().statusCode(400);
        Api.as(MO_NIKOLSK).queryParam("page", "0").get(WEBHOOKS).then().statusCode(400).body("errors[0].field", equalTo("page"));
        Api.as(MO_NIKOLSK).get(WEBHOOKS + "/{id}", "abc").then().statusCode(404);
        Api.as(MO_NIKOLSK).get(WEBHOOKS).then().statusCode(200).body("total", equalTo((int) before));
    }

    @Test
    void aStaleVersionIs409AndAMissingOneIs422() {
        long id = Api.as(MO_NIKOLSK).body(valid()).post(WEBHOOKS).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> update = valid();
        Api.as(MO_NIKOLSK).body(update).put(WEBHOOKS + "/{id}", id).then().statusCode(422).body("errors[0].field", equalTo("version"));
        update.put("version", 7);
        Api.as(MO_NIKOLSK).body(update).put(WEBHOOKS + "/{id}", id).then().statusCode(409);
    }
}
