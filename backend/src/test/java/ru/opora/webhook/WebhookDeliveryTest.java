package ru.opora.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;

/**
 * Webhooks as a receiving system sees them: signed per Standard Webhooks (checked here with the algorithm written out
 * independently of the server's code), retried after a 500 or a timeout with the same webhook-id, in order, logged,
 * redeliverable, and never sent to an address the server refuses.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;

    private static JsonPath subscribe(String url) {
        return Api.as(MO_NIKOLSK).body(Map.of("url", url, "eventTypes", List.of("ru.opora.school.updated"),
                        "description", "Проверка", "active", true))
                .post(WEBHOOKS).then().statusCode(201).extract().jsonPath();
    }

    /** A change Никольский район's subscriptions hear of: its school's student count goes up by one. */
    private static void changeSchool() {
        long school = Api.schoolId("5818003401");
        Map<String, Object> body = Api.schoolUpdate(school);
        body.put("studentsCount", ((Number) body.get("studentsCount")).intValue() + 1);
        Api.as(MO_NIKOLSK).body(body).put("/api/v1/schools/{id}", school).then().statusCode(200);
    }

    /** Standard Webhooks verification, as a receiver implements it. */
    static boolean verify(String secret, Receiver.Received message) throws Exception {
        String id = message.header("webhook-id");
        String timestamp = message.header("webhook-timestamp");
        long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp));
        if (age > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + message.body()).getBytes(StandardCharsets.UTF_8));
        for (String signature : message.header("webhook-signature").split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts[0].equals("v1") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aChangeArrivesAsASignedCloudEvent() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath webhook = subscribe(receiver.url("/opora"));
            String secret = webhook.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);
            changeSchool();
            Receiver.Received message = receiver.await(1, WAIT).get(0);
            assertTrue(verify(secret, message), "the signature verifies with the subscription's secret");
            assertTrue(!verify("whsec_" + Base64.getEncoder().encodeToString(new byte[24]), message),
                    "and not with another secret");
            assertTrue(message.header("content-type").startsWith("application/cloudevents+json"));
            JsonNode event = JSON.readTree(message.body());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals(message.header("webhook-id"), event.get("id").asText(), "webhook-id is the event's id");
            assertEquals("ru.opora.school.updated", event.get("type").asText());
            assertEquals("/regions/58/schools/5818003401", event.get("subject").asText());
            assertEquals("studentsCount", event.at("/data/changes/0/field").asText());
            // The log has the attempt; the subscription's cursor is past the event.
            long id = webhook.getLong("id");
            JsonPath log = awaitLog(id, 1);
            assertEquals("SUCCEEDED", log.getString("items[0].status"));
            assertEquals(204, log.getInt("items[0].responseStatus"));
            assertEquals(Long.parseLong(event.get("id").asText()), log.getLong("items[0].position"));
            assertEquals(log.getLong("items[0].position"), Api.as(MO_NIKOLSK).get(WEBHOOKS + "/{id}", id).then().statusCode(200)
                    .extract().jsonPath().getLong("lastPosition"));
        }
    }

    @Test
    void a500AndATimeoutAreRetriedWithTheSameIdThenDelivered() throws Exception {
        try (Receiver receiver = new Receiver().then(Receiver.Answer.status(500), Receiver.Answer.slow(Duration.ofMillis(1800)))) {
            JsonPath webhook = subscribe(receiver.url("/retry"));
            changeSchool();
            List<Receiver.Received> messages = receiver.await(3, WAIT);
            assertEquals(3, messages.size(), "two failures, then the delivery");
            assertEquals(1, messages.stream().map(m -> m.header("webhook-id")).distinct().count(), "one webhook-id for every attempt");
            for (Receiver.Received m : messages) {
                assertTrue(verify(webhook.getString("secret"), m));
            }
            JsonPath log = awaitLog(webhook.getLong("id"), 3);
            assertEquals(List.of("SUCCEEDED", "FAILED", "FAILED"), log.getList("items.status").subList(0, 3));
            assertEquals(List.of(3, 2, 1), log.getList("items.attempt").subList(0, 3));
            assertEquals(500, log.getInt("items[2].responseStatus"));
            assertTrue(log.getString("items[1].error").startsWith("нет ответа"), log.prettify());
        }
    }

    @Test
    void eventsArriveInOrderAndAnEventGivenUpOnIsPassedAndCanBeRedelivered() throws Exception {
        try (Receiver receiver = new Receiver().then(Receiver.Answer.status(500), Receiver.Answer.status(500),
                Receiver.Answer.status(500), Receiver.Answer.status(500))) {
            JsonPath webhook = subscribe(receiver.url("/order"));
            long id = webhook.getLong("id");
            changeSchool();
            changeSchool();
            changeSchool();
            List<Receiver.Received> messages = receiver.await(6, WAIT);
            assertEquals(6, messages.size(), "four attempts at the first event, then the other two");
            List<Long> ids = messages.stream().map(m -> Long.parseLong(m.header("webhook-id"))).toList();
            assertEquals(List.of(ids.get(0), ids.get(0), ids.get(0), ids.get(0)), ids.subList(0, 4));
            assertTrue(ids.get(4) > ids.get(0) && ids.get(5) > ids.get(4), "in order: " + ids);
            JsonPath log = awaitLog(id, 6);
            long gaveUp = log.getLong("items.find { it.status == 'GAVE_UP' }.id");
            // Redelivered with the same webhook-id.
            Api.as(MO_NIKOLSK).post(WEBHOOKS + "/{id}/deliveries/{d}/redelivery", id, gaveUp).then().statusCode(202)
                    .body("status", equalTo("QUEUED")).body("trigger", equalTo("REDELIVERY"));
            Receiver.Received again = receiver.await(7, WAIT).get(6);
            assertEquals(ids.get(0), Long.parseLong(again.header("webhook-id")));
            assertTrue(verify(webhook.getString("secret"), again));
            Api.as(MO_NIKOLSK).post(WEBHOOKS + "/{id}/deliveries/{d}/redelivery", id, 999_999_999).then().statusCode(404);
        }
    }

    @Test
    void addressesThatLeadInsideAreRefusedAndNeverContacted() throws Exception {
        for (String url : List.of("http://127.0.0.1:8080/x", "https://169.254.169.254/latest/meta-data", "https://10.1.2.3/hook",
                "https://[::1]/hook", "ftp://example.org/x", "https://user:pass@example.org/x", "/relative", "http://example.org/x")) {
            Api.as(MO_NIKOLSK).body(Map.of("url", url, "eventTypes", List.of(), "active", true)).post(WEBHOOKS).then()
                    .statusCode(422).body("errors[0].field", equalTo("url"));
        }
        // A subscription whose address leads inside by the time of delivery (saved before, or by a name that now
        // resolves inward) is not contacted: the attempt is logged as refused.
        try (Receiver receiver = new Receiver()) {
            JsonPath webhook = subscribe(receiver.url("/inside"));
            long id = webhook.getLong("id");
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                    "update webhook_subscription set url = ? where id = ?")) {
                s.setString(1, "http://127.0.0.1:" + receiver.port() + "/inside");
                s.setLong(2, id);
                s.executeUpdate();
            }
            changeSchool();
            JsonPath log = awaitLog(id, 1);
            assertEquals("FAILED", log.getString("items[0].status"));
            assertTrue(log.getString("items[0].error").startsWith("адрес отклонён"), log.prettify());
            Thread.sleep(500);
            assertEquals(0, receiver.received().size(), "nothing was sent to the refused address");
            Api.as(MO_NIKOLSK).body(Map.of("url", receiver.url("/inside"), "eventTypes", List.of("ru.opora.school.updated"),
                    "active", false, "version", Api.as(MO_NIKOLSK).get(WEBHOOKS + "/{id}", id).then().extract().jsonPath()
                            .getLong("version"))).put(WEBHOOKS + "/{id}", id).then().statusCode(200);
        }
    }

    @Test
    void subscriptionsAreTheOrganisationsOwn() {
        try (Receiver receiver = new Receiver()) {
            long id = subscribe(receiver.url("/own")).getLong("id");
            Api.as(MO_KAMENKA).get(WEBHOOKS + "/{id}", id).then().statusCode(404);
            Api.as(MINISTRY_PENZA).get(WEBHOOKS + "/{id}", id).then().statusCode(404);
            Api.as(SCHOOL_NIKOLSK1).get(WEBHOOKS).then().statusCode(403);
            // Oldest first: the new subscription is on the last page, however many other tests left.
            long total = Api.as(MO_NIKOLSK).queryParam("size", 100).get(WEBHOOKS).then().statusCode(200).extract()
                    .jsonPath().getLong("total");
            assertTrue(Api.as(MO_NIKOLSK).queryParam("size", 100).queryParam("page", (total + 99) / 100).get(WEBHOOKS).then()
                    .statusCode(200).extract().jsonPath().<Integer>getList("items.id").contains((int) id));
            Api.as(MO_NIKOLSK).body(Map.of("url", receiver.url("/own"), "eventTypes", List.of("not a type"), "active", true))
                    .post(WEBHOOKS).then().statusCode(422).body("errors[0].field", equalTo("eventTypes"));
            // The secret is not in the ledger.
            String ledger = Api.as(MO_NIKOLSK).queryParam("entityKind", "webhook-subscription").queryParam("entityId", id)
                    .get("/api/v1/audit").then().statusCode(200).extract().asString();
            assertTrue(ledger.contains("/own") && !ledger.contains("whsec_"), ledger);
            Api.as(MO_NIKOLSK).delete(WEBHOOKS + "/{id}", id).then().statusCode(204);
            Api.as(MO_NIKOLSK).get(WEBHOOKS + "/{id}", id).then().statusCode(404);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonPath awaitLog(long id, int n) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        JsonPath log;
        do {
            log = Api.as(MO_NIKOLSK).get(WEBHOOKS + "/{id}/deliveries", id).then().statusCode(200).extract().jsonPath();
            if (log.getList("items").size() >= n && !log.getList("items.status").contains("QUEUED")) {
                return log;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        assertNotNull(null, "the delivery log did not reach " + n + " entries: " + log.prettify());
        return log;
    }
}
