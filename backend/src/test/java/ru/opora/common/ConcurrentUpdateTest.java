package ru.opora.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;
import ru.opora.support.CriteriaSets;
import ru.opora.support.RiskProfiles;
import ru.opora.support.Roadmaps;

/**
 * «A stale update is 409 and changes nothing» under concurrency: for every PUT operation of the committed contract,
 * N updates carrying one version are released at once from real threads; exactly one wins, the others get 409
 * problem+json (never a 5xx), and what is stored afterwards is the winner's body.
 */
@QuarkusTest
public class ConcurrentUpdateTest {

    static final int N = 8;
    /** A lost update shows only in some interleavings; every operation is raced on several fresh objects. */
    static final int ROUNDS = 3;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** One prepared target: who writes, where, the body of attempt i, and what the stored marker is now. */
    public record Target(Actor actor, String path, IntFunction<Object> body, Supplier<Object> stored, IntFunction<Object> marker) {
    }

    /** A fresh object for a PUT operation and an update that changes it; null when the operation has no case. */
    public static Target target(String operationId) {
        Supplier<Target> prepare = CASES.get(operationId);
        return prepare == null ? null : prepare.get();
    }

    /** Every PUT operation of openapi.yaml (by operationId) and how to prepare a fresh object for it. */
    private static final Map<String, Supplier<Target>> CASES = new TreeMap<>(Map.of(
            "updateSchool", ConcurrentUpdateTest::school,
            "updateMunicipality", ConcurrentUpdateTest::municipality,
            "updateRoadmap", ConcurrentUpdateTest::roadmap,
            "updateRoadmapSection", ConcurrentUpdateTest::section,
            "updateRoadmapItem", ConcurrentUpdateTest::item,
            "saveItemReport", ConcurrentUpdateTest::itemReport,
            "updateCampaign", ConcurrentUpdateTest::campaign,
            "saveCampaignFormValues", ConcurrentUpdateTest::formValues,
            "updateIndicator", ConcurrentUpdateTest::indicator,
            "setIndicatorTargets", ConcurrentUpdateTest::targets));

    static {
        CASES.put("updateCriteriaSet", ConcurrentUpdateTest::criteriaSet);
        CASES.put("updateRiskFactor", ConcurrentUpdateTest::riskFactor);
        CASES.put("setRiskDerivation", ConcurrentUpdateTest::riskDerivation);
        CASES.put("saveRiskProfile", ConcurrentUpdateTest::riskProfile);
        CASES.put("overrideRiskLevels", ConcurrentUpdateTest::riskOverrides);
        CASES.put("updateWebhook", ConcurrentUpdateTest::webhook);
        CASES.putAll(supportCases());
        CASES.put("updateScorecardMark", ConcurrentUpdateTest::scorecardMark);
        CASES.put("updateScorecardSettings", ConcurrentUpdateTest::scorecardSettings);
        CASES.put("updateScorecardNoteTexts", ConcurrentUpdateTest::scorecardNote);
    }

    private static Target scorecardMark() {
        ru.opora.support.Scorecards.Place place = ru.opora.support.Scorecards.municipality();
        String marks = place.card() + ru.opora.support.Scorecards.YEAR + "/marks";
        long id = as(Actor.MINISTRY_PENZA).body(Map.of("criterion", "ROADMAP", "mark", "PARTLY", "comment", "Начало"))
                .post(marks).then().statusCode(201).extract().jsonPath().getLong("expert.id");
        return new Target(Actor.MINISTRY_PENZA, marks + "/" + id,
                i -> Map.of("mark", "MET", "comment", "Оценка гонки " + i, "version", 0),
                () -> ((Map<?, ?>) ru.opora.support.Scorecards.criterion(ru.opora.support.Scorecards.card(place,
                        ru.opora.support.Scorecards.YEAR), "ROADMAP").get("expert")).get("comment"),
                i -> "Оценка гонки " + i);
    }

    /** Саратовская область's settings: the Penza tests count on Penza's default thresholds. */
    private static Target scorecardSettings() {
        String path = "/api/v1/regions/" + Api.regionId("64") + "/scorecard-settings";
        JsonPath current = as(Actor.MINISTRY_SARATOV).get(path).then().statusCode(200).extract()
                .jsonPath();
        long version = current.getLong("version");
        // Values no earlier round wrote, so that no attempt repeats what is stored.
        int base = (SEQUENCE.incrementAndGet() % 5) * 8;
        return new Target(Actor.MINISTRY_SARATOV, path, i -> {
            List<Map<String, Object>> thresholds = new ArrayList<>();
            for (Map<String, Object> t : current.<Map<String, Object>>getList("thresholds")) {
                Map<?, ?> threshold = (Map<?, ?>) t.get("threshold");
                thresholds.add(Map.of("criterion", t.get("criterion"), "met", threshold.get("met"),
                        "partly", t.get("criterion").equals("MONITORING") ? base + i : threshold.get("partly")));
            }
            return Map.of("thresholds", thresholds, "programmeCategories", current.getList("programmeCategories"),
                    "effectIndicators", current.getList("effectIndicators.code"), "version", version);
        }, () -> as(Actor.MINISTRY_SARATOV).get(path).then().statusCode(200).extract().jsonPath()
                .getInt("thresholds.find { it.criterion == 'MONITORING' }.threshold.partly"), i -> base + i);
    }

    private static Target scorecardNote() {
        String snapshots = "/api/v1/regions/" + Api.regionId("64") + "/scorecards/2025/snapshots";
        JsonPath snapshot = as(Actor.MINISTRY_SARATOV).post(snapshots).then().statusCode(201)
                .extract().jsonPath();
        long id = snapshot.getLong("id");
        Map<String, Object> texts = snapshot.getMap("texts");
        return new Target(Actor.MINISTRY_SARATOV, snapshots + "/" + id, i -> {
            Map<String, Object> changed = new HashMap<>(texts);
            changed.put("problems", "Проблема гонки " + i);
            return Map.of("version", 0, "texts", changed);
        }, () -> as(Actor.MINISTRY_SARATOV).get(snapshots).then().statusCode(200).extract().jsonPath()
                .getString("find { it.id == " + id + " }.texts.problems"), i -> "Проблема гонки " + i);
    }

    /** The PUTs of working groups, meetings, events, recommendations, partner pairs and curator visits. */
    private static Map<String, Supplier<Target>> supportCases() {
        return Map.of("updateMeeting", ConcurrentUpdateTest::meeting,
                "updateRecommendation", ConcurrentUpdateTest::recommendation,
                "updateEvent", ConcurrentUpdateTest::event,
                "updateWorkingGroup", ConcurrentUpdateTest::workingGroup,
                "updatePartnerPair", ConcurrentUpdateTest::partnerPair,
                "updateCuratorVisit", ConcurrentUpdateTest::curatorVisit);
    }

    private static Target workingGroup() {
        long id = as(Actor.MO_NIKOLSK).body(Map.of("name", "Группа гонки")).post("/api/v1/working-groups").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        return new Target(Actor.MO_NIKOLSK, "/api/v1/working-groups/" + id,
                i -> Map.of("name", "Группа гонки " + i, "version", 0),
                () -> as(Actor.MO_NIKOLSK).get("/api/v1/working-groups/{id}", id).then().statusCode(200).extract().path("name"),
                i -> "Группа гонки " + i);
    }

    private static Target partnerPair() {
        Map<String, Object> body = ru.opora.support.Curators.nikolskPair(ru.opora.support.Curators.nextPairYear());
        long id = ru.opora.support.Curators.pair(body);
        return new Target(Actor.MO_NIKOLSK, "/api/v1/partner-pairs/" + id, i -> {
            Map<String, Object> update = new HashMap<>(body);
            update.put("agreement", Map.of("number", "Гонка-" + i, "date", "2026-02-10"));
            update.put("version", 0);
            return update;
        }, () -> as(Actor.MO_NIKOLSK).get("/api/v1/partner-pairs?year={y}", body.get("year")).then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.id == " + id + " }.agreement.number"), i -> "Гонка-" + i);
    }

    private static Target curatorVisit() {
        long school = Api.schoolId("5818003401");
        long id = ru.opora.support.Curators.plannedVisit(school);
        Map<String, Object> body = ru.opora.support.Curators.visit(school);
        return new Target(Actor.CURATOR_PENZA, "/api/v1/curator-visits/" + id, i -> {
            Map<String, Object> update = new HashMap<>(body);
            update.put("purpose", "Цель гонки " + i);
            update.put("version", 0);
            return update;
        }, () -> as(Actor.CURATOR_PENZA).get("/api/v1/curator-visits/{id}", id).then().statusCode(200).extract().path("purpose"),
                i -> "Цель гонки " + i);
    }

    private static Target recommendation() {
        long id = ru.opora.support.Recommendations.issuedToNikolskSchool();
        Map<String, Object> current = ru.opora.support.Recommendations.update(Actor.MO_NIKOLSK, id);
        return new Target(Actor.MO_NIKOLSK, "/api/v1/recommendations/" + id, i -> {
            Map<String, Object> body = new HashMap<>(current);
            body.put("text", "Рекомендация гонки " + i);
            return body;
        }, () -> as(Actor.MO_NIKOLSK).get("/api/v1/recommendations/{id}", id).then().statusCode(200).extract().path("text"),
                i -> "Рекомендация гонки " + i);
    }

    private static Target event() {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "SEMINAR", "heldOn", "2025-09-16", "topic", "Семинар"));
        long id = ru.opora.support.Events.create(Actor.MO_NIKOLSK, body);
        long version = ru.opora.support.Events.version(Actor.MO_NIKOLSK, id);
        return new Target(Actor.MO_NIKOLSK, "/api/v1/events/" + id, i -> {
            Map<String, Object> update = new HashMap<>(body);
            update.put("topic", "Семинар гонки " + i);
            update.put("version", version);
            return update;
        }, () -> as(Actor.MO_NIKOLSK).get("/api/v1/events/{id}", id).then().statusCode(200).extract().path("topic"),
                i -> "Семинар гонки " + i);
    }

    private static Target meeting() {
        long id = ru.opora.support.Meetings.create(Actor.MO_NIKOLSK, ru.opora.support.Meetings.forNikolskSchool());
        Map<String, Object> current = ru.opora.support.Meetings.update(Actor.MO_NIKOLSK, id);
        return new Target(Actor.MO_NIKOLSK, "/api/v1/meetings/" + id, i -> {
            Map<String, Object> body = new HashMap<>(current);
            body.put("place", "Место гонки " + i);
            return body;
        }, () -> ru.opora.support.Meetings.view(Actor.MO_NIKOLSK, id).get("place"), i -> "Место гонки " + i);
    }

    @Test
    void everyPutOperationOfTheContractHasACase() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(OpenApiContractTest.COMMITTED.toFile()).get("paths");
        TreeSet<String> puts = new TreeSet<>();
        for (Iterator<JsonNode> it = paths.elements(); it.hasNext(); ) {
            JsonNode put = it.next().get("put");
            if (put != null) {
                puts.add(put.get("operationId").asText());
            }
        }
        assertEquals(puts, new TreeSet<>(CASES.keySet()), "every PUT operation needs a concurrency case");
    }

    @TestFactory
    List<DynamicTest> oneOfConcurrentUpdatesWithOneVersionWins() {
        List<DynamicTest> tests = new ArrayList<>();
        CASES.forEach((operation, prepare) -> tests.add(DynamicTest.dynamicTest(operation, () -> {
            for (int round = 0; round < ROUNDS; round++) {
                race(prepare.get());
            }
        })));
        return tests;
    }

    private static void race(Target target) throws Exception {
        List<Object> bodies = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            bodies.add(target.body().apply(i));
        }
        // Tokens are signed before the start so that every thread only sends.
        List<String> bearers = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            bearers.add(target.actor().bearer());
        }
        CountDownLatch ready = new CountDownLatch(N);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(N);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < N; i++) {
                int attempt = i;
                answers.add(pool.submit(() -> {
                    var request = io.restassured.RestAssured.given().contentType("application/json")
                            .accept("application/json").header("Authorization", bearers.get(attempt))
                            .body(bodies.get(attempt));
                    ready.countDown();
                    go.await();
                    return request.put(target.path());
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<Integer> winners = new ArrayList<>();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int i = 0; i < N; i++) {
                Response answer = answers.get(i).get(60, TimeUnit.SECONDS);
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() / 100 == 2) {
                    winners.add(i);
                } else {
                    assertEquals(409, answer.statusCode(), () -> "attempt answered " + answer.asString());
                    assertEquals("application/problem+json", answer.contentType().split(";")[0]);
                }
            }
            assertEquals(1, winners.size(), "statuses " + statuses + " on " + target.path());
            assertEquals(target.marker().apply(winners.get(0)), target.stored().get(), "the winner's body is stored");
        } finally {
            pool.shutdownNow();
        }
    }

    private static int next() {
        return SEQUENCE.incrementAndGet();
    }

    private static Target school() {
        int n = next();
        long nikolsk = Api.municipalityId("56651000");
        String code = "58189" + String.format("%05d", n);
        long id = as(Actor.MINISTRY_PENZA).body(Map.of("municipalityId", nikolsk, "code", code,
                        "fullName", "МБОУ ООШ с. Гонки " + n, "shortName", "МБОУ ООШ с. Гонки " + n,
                        "address", "Пензенская обл., Никольский р-н", "settlementType", "RURAL",
                        "levels", List.of("PRIMARY"), "studentsCount", 12, "teachersCount", 4))
                .post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> update = Api.schoolUpdate(id);
        return new Target(Actor.MINISTRY_PENZA, "/api/v1/schools/" + id, i -> {
            Map<String, Object> body = new HashMap<>(update);
            body.put("shortName", "Гонка " + i);
            body.put("studentsCount", 100 + i);
            return body;
        }, () -> {
            Map<String, Object> school = Api.school(id);
            return school.get("shortName") + "/" + school.get("studentsCount");
        }, i -> "Гонка " + i + "/" + (100 + i));
    }

    private static Target municipality() {
        int n = next();
        long penza = Api.regionId("58");
        JsonPath created = as(Actor.MINISTRY_PENZA)
                .body(Map.of("oktmo", String.format("569%05d", n), "name", "Гоночный район " + n, "kind", "MUNICIPAL_DISTRICT"))
                .post("/api/v1/regions/{id}/municipalities", penza).then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long version = created.getLong("version");
        return new Target(Actor.MINISTRY_PENZA, "/api/v1/municipalities/" + id,
                i -> Map.of("oktmo", String.format("569%05d", n), "name", "Гоночный район " + n + "-" + i,
                        "kind", "MUNICIPAL_DISTRICT", "version", version),
                () -> as(Actor.MINISTRY_PENZA).get("/api/v1/municipalities/{id}", id).then().statusCode(200)
                        .extract().path("name"),
                i -> "Гоночный район " + n + "-" + i);
    }

    private static Map<String, Object> roadmapView(long id) {
        return as(Actor.MO_NIKOLSK).get("/api/v1/roadmaps/{id}", id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static Target roadmap() {
        Roadmaps.Fixture fixture = Roadmaps.draft(Actor.MO_NIKOLSK);
        long version = Roadmaps.version(Actor.MO_NIKOLSK, fixture.id());
        return new Target(Actor.MO_NIKOLSK, "/api/v1/roadmaps/" + fixture.id(), i -> {
            Map<String, Object> body = Roadmaps.heading("Гонка " + i);
            body.put("version", version);
            return body;
        }, () -> roadmapView(fixture.id()).get("title"), i -> "Гонка " + i);
    }

    private static Target section() {
        Roadmaps.Fixture fixture = Roadmaps.draft(Actor.MO_NIKOLSK);
        long version = as(Actor.MO_NIKOLSK).get("/api/v1/roadmaps/{id}", fixture.id()).then().statusCode(200)
                .extract().jsonPath().getLong("sections.find { it.id == " + fixture.sectionId() + " }.version");
        Supplier<Object> stored = () -> as(Actor.MO_NIKOLSK).get("/api/v1/roadmaps/{id}", fixture.id()).then()
                .statusCode(200).extract().jsonPath().getString("sections.find { it.id == " + fixture.sectionId() + " }.title");
        return new Target(Actor.MO_NIKOLSK, "/api/v1/roadmaps/" + fixture.id() + "/sections/" + fixture.sectionId(),
                i -> Map.of("title", "Блок " + i, "version", version), stored, i -> "Блок " + i);
    }

    private static String itemPath(long sectionId, long itemId) {
        return "sections.find { it.id == " + sectionId + " }.items.find { it.id == " + itemId + " }";
    }

    private static Target item() {
        Roadmaps.Fixture fixture = Roadmaps.draft(Actor.MO_NIKOLSK);
        String at = itemPath(fixture.sectionId(), fixture.item());
        long version = as(Actor.MO_NIKOLSK).get("/api/v1/roadmaps/{id}", fixture.id()).then().statusCode(200)
                .extract().jsonPath().getLong(at + ".version");
        return new Target(Actor.MO_NIKOLSK, "/api/v1/roadmaps/" + fixture.id() + "/items/" + fixture.item(), i -> {
            Map<String, Object> body = Roadmaps.item(fixture.sectionId(), "1.1", "2025-02-01", "2025-03-31");
            body.put("title", "Мероприятие гонки " + i);
            body.put("version", version);
            return body;
        }, () -> as(Actor.MO_NIKOLSK).get("/api/v1/roadmaps/{id}", fixture.id()).then().statusCode(200)
                .extract().jsonPath().getString(at + ".title"), i -> "Мероприятие гонки " + i);
    }

    private static Target itemReport() {
        Roadmaps.Fixture fixture = Roadmaps.executing(Actor.MO_NIKOLSK);
        String path = "/api/v1/roadmaps/" + fixture.id() + "/reports/2025-Q1/items/" + fixture.item();
        long version = as(Actor.MO_NIKOLSK).body(Roadmaps.done("Первый отчёт", null)).put(path).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        return new Target(Actor.MO_NIKOLSK, path, i -> Roadmaps.done("Отчёт " + i, version),
                () -> as(Actor.MO_NIKOLSK).get("/api/v1/roadmaps/{id}/reports/2025-Q1", fixture.id()).then()
                        .statusCode(200).extract().jsonPath().getString("items.find { it.itemId == " + fixture.item() + " }.doneText"),
                i -> "Отчёт " + i);
    }

    private static Target campaign() {
        int n = next();
        Map<String, Object> body = Campaigns.body("Гонка " + n, "2049", List.of("STAFFING_RATE"),
                Map.of("municipalityIds", List.of(Api.municipalityId("56651000"))));
        long id = Campaigns.create(Actor.MINISTRY_PENZA, body);
        long version = Campaigns.version(Actor.MINISTRY_PENZA, id);
        return new Target(Actor.MINISTRY_PENZA, "/api/v1/campaigns/" + id, i -> {
            Map<String, Object> update = new HashMap<>(body);
            update.put("name", "Гонка " + n + "-" + i);
            update.put("version", version);
            return update;
        }, () -> as(Actor.MINISTRY_PENZA).get("/api/v1/campaigns/{id}", id).then().statusCode(200).extract().path("name"),
                i -> "Гонка " + n + "-" + i);
    }

    private static Target formValues() {
        Campaigns.FormFixture fixture = Campaigns.fresh(Campaigns.Stage.OPEN);
        String path = "/api/v1/campaigns/" + fixture.campaign() + "/forms/" + fixture.school() + "/values";
        JsonPath form = Campaigns.form(Actor.SCHOOL_NIKOLSK1, fixture.campaign(), fixture.school());
        form = as(Actor.SCHOOL_NIKOLSK1).body(Campaigns.values(commented(Campaigns.number(form, "STAFFING_RATE", 50))))
                .put(path).then().statusCode(200).extract().jsonPath();
        JsonPath saved = form;
        // 85–92: close to the 92 that Campaigns.fresh writes without a comment in the next year's campaign, which the
        // next test's fixture may be.
        return new Target(Actor.SCHOOL_NIKOLSK1, path, i -> Campaigns.values(commented(Campaigns.number(saved, "STAFFING_RATE", 85 + i))),
                () -> ((Number) Campaigns.field(Campaigns.form(Actor.SCHOOL_NIKOLSK1, fixture.campaign(), fixture.school()),
                        "STAFFING_RATE", "").get("number")).intValue(),
                i -> 85 + i);
    }

    /** Earlier rounds left values in the previous period; a comment explains any jump from them. */
    private static Map<String, Object> commented(Map<String, Object> value) {
        value.put("comment", "Проверка одновременных изменений");
        return value;
    }

    private static Target indicator() {
        String code = "PENZA_RACE_" + next();
        int id = as(Actor.MINISTRY_PENZA).body(Campaigns.regionalIndicator(code)).post("/api/v1/indicators").then()
                .statusCode(201).extract().path("id");
        return new Target(Actor.MINISTRY_PENZA, "/api/v1/indicators/" + id, i -> {
            Map<String, Object> body = Campaigns.regionalIndicator(code);
            body.put("name", "Индекс гонки " + i);
            body.put("version", 0);
            return body;
        }, () -> as(Actor.MINISTRY_PENZA).get("/api/v1/indicators/{id}", id).then().statusCode(200).extract().path("name"),
                i -> "Индекс гонки " + i);
    }

    private static Target targets() {
        String code = "PENZA_TARGETS_" + next();
        int id = as(Actor.MINISTRY_PENZA).body(Campaigns.regionalIndicator(code)).post("/api/v1/indicators").then()
                .statusCode(201).extract().path("id");
        long version = as(Actor.MINISTRY_PENZA).get("/api/v1/indicators/{id}", id).then().statusCode(200)
                .extract().jsonPath().getLong("targetsVersion");
        return new Target(Actor.MINISTRY_PENZA, "/api/v1/indicators/" + id + "/targets",
                i -> Map.of("targets", List.of(Map.of("year", 2026, "value", i + 1)), "version", version),
                () -> as(Actor.MINISTRY_PENZA).get("/api/v1/indicators/{id}", id).then().statusCode(200)
                        .extract().jsonPath().getInt("targets[0].value"),
                i -> i + 1);
    }

    private static Target criteriaSet() {
        int n = next();
        long id = CriteriaSets.create(Actor.MINISTRY_PENZA, CriteriaSets.body(2026, "SHNOR", "Гонка критериев " + n));
        return new Target(Actor.MINISTRY_PENZA, CriteriaSets.SETS + "/" + id, i -> {
            Map<String, Object> body = CriteriaSets.body(2026, "SHNOR", "Гонка критериев " + n + "-" + i);
            body.put("version", 0);
            return body;
        }, () -> as(Actor.MINISTRY_PENZA).get(CriteriaSets.SETS + "/{id}", id).then().statusCode(200).extract().path("name"),
                i -> "Гонка критериев " + n + "-" + i);
    }

    private static long penzaRiskFactor(String code) {
        return as(Actor.MINISTRY_PENZA).body(RiskProfiles.factor(code)).post("/api/v1/risk-factors").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static Target riskFactor() {
        String code = "RACE_RISK_" + next();
        long id = penzaRiskFactor(code);
        return new Target(Actor.MINISTRY_PENZA, "/api/v1/risk-factors/" + id, i -> {
            Map<String, Object> body = RiskProfiles.factor(code);
            body.put("name", "Фактор гонки " + i);
            body.put("version", 0);
            return body;
        }, () -> as(Actor.MINISTRY_PENZA).get("/api/v1/risk-factors").then().statusCode(200).extract().jsonPath()
                .getString("find { it.id == " + id + " }.name"), i -> "Фактор гонки " + i);
    }

    private static Target riskDerivation() {
        long id = penzaRiskFactor("RACE_DERIVE_" + next());
        int staffing = Campaigns.indicatorId("STAFFING_RATE");
        return new Target(Actor.MINISTRY_PENZA, "/api/v1/risk-factors/" + id + "/derivation", i -> {
            Map<String, Object> condition = new HashMap<>();
            condition.put("indicatorId", staffing);
            condition.put("cuts", List.of());
            condition.put("cutMatch", "ANY");
            condition.put("comparison", "LT");
            condition.put("threshold", 50 + i);
            condition.put("yearsRequired", 1);
            condition.put("yearsWindow", 1);
            condition.put("missingData", "NOT_MET");
            return Map.of("version", 0, "rules", List.of(Map.of("level", "HIGH", "condition", condition)));
        }, () -> as(Actor.MINISTRY_PENZA).get("/api/v1/risk-factors").then().statusCode(200).extract().jsonPath()
                .getInt("find { it.id == " + id + " }.derivation.rules[0].condition.threshold"), i -> 50 + i);
    }

    private static Target riskProfile() {
        RiskProfiles.Fixture draft = RiskProfiles.fresh(RiskProfiles.Stage.DRAFT);
        long version = RiskProfiles.version(draft);
        long motivation = RiskProfiles.factorId("LOW_MOTIVATION");
        return new Target(Actor.SCHOOL_NIKOLSK1, "/api/v1/schools/" + draft.school() + "/risk-profiles/" + draft.year(),
                i -> Map.of("version", version, "levels", List.of(Map.of("factorId", motivation, "level", "HIGH",
                        "comment", "Гонка " + i))),
                () -> RiskProfiles.get(Actor.SCHOOL_NIKOLSK1, draft.school(), draft.year())
                        .getString("factors.find { it.code == 'LOW_MOTIVATION' }.selfComment"), i -> "Гонка " + i);
    }

    private static Target riskOverrides() {
        RiskProfiles.Fixture submitted = RiskProfiles.fresh(RiskProfiles.Stage.SUBMITTED);
        long version = RiskProfiles.version(submitted);
        long motivation = RiskProfiles.factorId("LOW_MOTIVATION");
        return new Target(Actor.MO_NIKOLSK, "/api/v1/schools/" + submitted.school() + "/risk-profiles/" + submitted.year()
                + "/overrides", i -> Map.of("version", version, "overrides", List.of(Map.of("factorId", motivation,
                        "level", "HIGH", "comment", "Решение гонки " + i))),
                () -> RiskProfiles.get(Actor.MO_NIKOLSK, submitted.school(), submitted.year())
                        .getString("factors.find { it.code == 'LOW_MOTIVATION' }.overrideComment"), i -> "Решение гонки " + i);
    }

    private static Target webhook() {
        JsonPath created = as(Actor.MO_NIKOLSK).body(Map.of("url", "https://hooks.example.org/opora/" + next(),
                        "eventTypes", List.of(), "active", false))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long version = created.getLong("version");
        return new Target(Actor.MO_NIKOLSK, "/api/v1/webhooks/" + id,
                i -> Map.of("url", "https://hooks.example.org/race/" + i, "eventTypes", List.of(), "active", false,
                        "version", version),
                () -> as(Actor.MO_NIKOLSK).get("/api/v1/webhooks/{id}", id).then().statusCode(200).extract().path("url"),
                i -> "https://hooks.example.org/race/" + i);
    }
}
