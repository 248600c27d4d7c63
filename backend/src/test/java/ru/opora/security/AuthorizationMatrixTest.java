package ru.opora.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Actor.ANONYMOUS;
import static ru.opora.support.Actor.CURATOR_PENZA;
import static ru.opora.support.Actor.CURATOR_PENZA2;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_BALASHOV;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_KAMENKA1;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;
import ru.opora.support.Campaigns.Stage;
import ru.opora.support.CriteriaSets;
import ru.opora.support.RiskProfiles;
import ru.opora.support.Curators;
import ru.opora.support.Events;
import ru.opora.support.Meetings;
import ru.opora.support.Recommendations;
import ru.opora.support.Roadmaps;

/**
 * Every operation × every role, against objects of the caller's own organisation and of another one.
 * Targets are Пензенская область, Никольский район, МБОУ СОШ № 1 г. Никольска and roadmaps of Никольский район
 * (made fresh for each call that changes one). No token is 401; an object outside the caller's scope is 404 (as if
 * absent) even when the role could not act on it anyway; a wrong role, or a visible object the caller does not
 * own, is 403.
 * An operation in the OpenAPI contract without a row here fails {@link #everyOperationIsInTheMatrix}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Long penza;
    private Long nikolsk;
    private Long nikolskSchool;
    /** A roadmap of Никольский район in execution, with a 2025-Q1 item report and an attached file. */
    private Roadmaps.Fixture roadmap;
    private Long attachment;
    /** An indicator of Пензенская область's own and an open regional campaign over Никольский район. */
    private Integer penzaIndicator;
    private Campaigns.FormFixture campaignForm;
    private Long importJob;

    record Row(String operationId, Map<Actor, Integer> expected, Function<RequestSpecification, Response> call) {

        /**
         * The curators' answers where they differ from the default 403 (a curator has no role in most operations): the
         * curator to whom МБОУ СОШ № 1 г. Никольска is assigned this year, and another curator of the region.
         */
        Row curators(int assigned, int other) {
            Map<Actor, Integer> answers = new EnumMap<>(expected);
            answers.put(CURATOR_PENZA, assigned);
            answers.put(CURATOR_PENZA2, other);
            return new Row(operationId, answers, call);
        }
    }

    /** Looked up on first use: the arguments are built before the application has started. */
    private void findTargets() {
        if (penza == null) {
            penza = Api.regionId("58");
            Curators.ensureAssigned();
            nikolsk = Api.municipalityId("56651000");
            nikolskSchool = Api.schoolId("5818003401");
            roadmap = Roadmaps.executing(MO_NIKOLSK);
            Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null))
                    .put(ITEM_REPORT, roadmap.id(), "2025-Q1", roadmap.item()).then().statusCode(200);
            attachment = attach(roadmap);
            penzaIndicator = newIndicator();
            campaignForm = Campaigns.fresh(Stage.SUBMITTED);
            importJob = Api.as(MINISTRY_PENZA).contentType("text/csv").queryParam("dryRun", "true")
                    .body("school_code;indicator_code;period;value\n5818003401;STAFFING_RATE;2047;90\n")
                    .post("/api/v1/indicator-values/imports").then().statusCode(200).extract().jsonPath().getLong("id");
            findIntegrationTargets();
        }
    }

    /** Никольский район's webhook to an address that does not resolve, with a failed delivery in its log. */
    private Long webhook;
    private Long webhookDelivery;

    /** Саратовская область's objects, foreign to the service accounts of Пензенская область. */
    private Long saratovSchool;
    private Long balashov;
    private Long saratovRoadmap;
    private Long saratovImport;

    private void findIntegrationTargets() {
        saratovSchool = Api.schoolId("6440001011");
        balashov = Api.municipalityId("63607000");
        saratovRoadmap = Api.as(MINISTRY_SARATOV).get("/api/v1/roadmaps").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        saratovImport = Api.as(MINISTRY_SARATOV).contentType("text/csv").queryParam("dryRun", "true")
                .body("school_code;indicator_code;period;value\n6440001011;STAFFING_RATE;2047;90\n")
                .post("/api/v1/indicator-values/imports").then().statusCode(200).extract().jsonPath().getLong("id");
        webhook = newWebhook(true);
        Api.as(MO_NIKOLSK).body(Roadmaps.heading("Событие для вебхука")).post("/api/v1/roadmaps").then().statusCode(201);
        for (int i = 0; i < 200 && webhookDelivery == null; i++) {
            List<Long> ids = Api.as(MO_NIKOLSK).get("/api/v1/webhooks/{id}/deliveries", webhook).then().statusCode(200)
                    .extract().jsonPath().getList("items.id", Long.class);
            webhookDelivery = ids.isEmpty() ? null : ids.get(0);
            if (webhookDelivery == null) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static long newWebhook(boolean active) {
        return Api.as(MO_NIKOLSK).body(Map.of("url", "https://hooks.invalid/opora/" + SEQUENCE.incrementAndGet(),
                        "eventTypes", List.of(), "active", active))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> webhookUpdate(long id) {
        long version = Api.as(MO_NIKOLSK).get("/api/v1/webhooks/{id}", id).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        return Map.of("url", "https://hooks.invalid/opora/changed", "eventTypes", List.of("ru.opora.school.*"),
                "active", false, "version", version);
    }

    private static Map<Actor, Integer> expect(int ministryPenza, int ministrySaratov, int moNikolsk, int moKamenka,
                                              int moBalashov, int schoolNikolsk, int schoolKamenka) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(MINISTRY_PENZA, ministryPenza);
        expected.put(MINISTRY_SARATOV, ministrySaratov);
        expected.put(MO_NIKOLSK, moNikolsk);
        expected.put(MO_KAMENKA, moKamenka);
        expected.put(MO_BALASHOV, moBalashov);
        expected.put(SCHOOL_NIKOLSK1, schoolNikolsk);
        expected.put(SCHOOL_KAMENKA1, schoolKamenka);
        expected.put(CURATOR_PENZA, 403);
        expected.put(CURATOR_PENZA2, 403);
        expected.put(ANONYMOUS, 401);
        return expected;
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>(coreRows().stream().map(AuthorizationMatrixTest::curatorOutsideScope).toList());
        rows.addAll(meetingRows());
        rows.addAll(recommendationRows());
        rows.addAll(eventRows());
        rows.addAll(workingGroupRows());
        rows.addAll(curatorRows());
        rows.addAll(identificationRows());
        rows.addAll(scorecardRows());
        rows.addAll(riskRows().stream().map(AuthorizationMatrixTest::curatorOutsideScope).toList());
        rows.addAll(integrationRows());
        rows.addAll(usabilityRows());
        rows.add(new Row("getAttention", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/attention"))
                .curators(200, 200));
        return rows;
    }

    /**
     * Operations of the registry, roadmaps and campaigns whose path names a municipality, school, roadmap
     * or campaign:
     * none of these lies in a curator's scope (their assigned schools are read through ru.opora.curator), so a curator
     * is answered 404 before the role's 403, like any caller outside the object's scope.
     */
    private static final java.util.Set<String> CURATOR_NOT_FOUND = java.util.Set.of(
            "getMunicipality", "updateMunicipality", "getSchool", "updateSchool", "listSchoolRevisions",
            "listSchoolCategories", "assignSchoolCategory", "revokeSchoolCategory", "getRoadmap", "updateRoadmap",
            "transitionRoadmap", "listRoadmapRevisions", "createRoadmapSection", "updateRoadmapSection",
            "deleteRoadmapSection", "createRoadmapItem", "updateRoadmapItem", "deleteRoadmapItem", "listItemReports",
            "getRoadmapReport", "saveItemReport", "submitRoadmapReport", "reviewRoadmapReport",
            "uploadItemReportAttachment", "downloadAttachment", "importRoadmapItems", "exportRoadmap",
            "exportRoadmapReport", "deleteAttachment", "getCampaign", "updateCampaign", "transitionCampaign",
            "getCampaignCompleteness", "listCampaignForms", "getCampaignForm", "listCampaignFormHistory",
            "saveCampaignFormValues", "submitCampaignForm", "reviewCampaignForm", "reopenCampaignForm",
            "downloadCampaignTemplate", "uploadCampaignTemplate");

    private static Row curatorOutsideScope(Row row) {
        return CURATOR_NOT_FOUND.contains(row.operationId()) ? row.curators(404, 404) : row;
    }

    private List<Row> coreRows() {
        return List.of(
                new Row("getMe", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/me")).curators(200, 200),
                new Row("listRegions", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/regions")),
                new Row("getRegion", expect(200, 404, 200, 200, 404, 200, 200),
                        r -> r.get("/api/v1/regions/{id}", penza)),
                new Row("listMunicipalities", expect(200, 404, 200, 200, 404, 200, 200),
                        r -> r.get("/api/v1/regions/{id}/municipalities", penza)),
                new Row("createMunicipality", expect(201, 404, 403, 403, 404, 403, 403),
                        r -> r.body(newMunicipality()).post("/api/v1/regions/{id}/municipalities", penza)),
                new Row("getMunicipality", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/municipalities/{id}", nikolsk)),
                new Row("updateMunicipality", expect(200, 404, 403, 404, 404, 403, 404),
                        r -> r.body(municipalityUpdate()).put("/api/v1/municipalities/{id}", nikolsk)),
                new Row("listSchools", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/schools")),
                new Row("createSchool", expect(201, 422, 403, 403, 403, 403, 403),
                        r -> r.body(newSchool()).post("/api/v1/schools")),
                new Row("getSchool", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/schools/{id}", nikolskSchool)),
                new Row("updateSchool", expect(200, 404, 200, 404, 404, 403, 404),
                        r -> r.body(Api.schoolUpdate(nikolskSchool)).put("/api/v1/schools/{id}", nikolskSchool)),
                new Row("listSchoolRevisions", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/schools/{id}/history", nikolskSchool)),
                new Row("listSchoolCategories", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/schools/{id}/categories", nikolskSchool)),
                new Row("assignSchoolCategory", expect(201, 404, 403, 404, 404, 403, 404),
                        r -> r.body(newCategory()).post("/api/v1/schools/{id}/categories", nikolskSchool)),
                new Row("revokeSchoolCategory", expect(200, 404, 403, 404, 404, 403, 404),
                        r -> r.body(Map.of("reason", "Проверка прав"))
                                .post("/api/v1/schools/{id}/categories/{a}/revocation", nikolskSchool,
                                        freshAssignment())),
                new Row("listRoadmapDirections", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get("/api/v1/roadmap-directions")),
                new Row("listReviewTasks", expect(200, 200, 200, 200, 200, 403, 403),
                        r -> r.get("/api/v1/roadmap-reviews")),
                new Row("listRoadmaps", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/roadmaps")),
                new Row("createRoadmap", expect(201, 201, 201, 201, 201, 201, 201),
                        r -> r.body(Roadmaps.heading("Проверка прав")).post("/api/v1/roadmaps")),
                new Row("getRoadmap", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/roadmaps/{id}", roadmap.id())),
                new Row("updateRoadmap", expect(403, 404, 200, 404, 404, 404, 404), r -> {
                    long draft = Roadmaps.draft(MO_NIKOLSK).id();
                    Map<String, Object> body = new HashMap<>(Roadmaps.heading("Новое название"));
                    body.put("version", Roadmaps.version(MO_NIKOLSK, draft));
                    return r.body(body).put("/api/v1/roadmaps/{id}", draft);
                }),
                new Row("transitionRoadmap", expect(403, 404, 200, 404, 404, 403, 404), r -> {
                    long executing = Roadmaps.executing(MO_NIKOLSK).id();
                    return r.body(Map.of("action", "COMPLETE", "version", Roadmaps.version(MO_NIKOLSK, executing)))
                            .post("/api/v1/roadmaps/{id}/transitions", executing);
                }),
                new Row("listRoadmapRevisions", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/roadmaps/{id}/history", roadmap.id())),
                new Row("createRoadmapSection", expect(403, 404, 201, 404, 404, 404, 404),
                        r -> r.body(Map.of("title", "2. Блок")).post("/api/v1/roadmaps/{id}/sections",
                                Roadmaps.draft(MO_NIKOLSK).id())),
                new Row("updateRoadmapSection", expect(403, 404, 200, 404, 404, 404, 404), r -> {
                    Roadmaps.Fixture draft = Roadmaps.draft(MO_NIKOLSK);
                    return r.body(Map.of("title", "1. Блок", "version", 0))
                            .put("/api/v1/roadmaps/{id}/sections/{s}", draft.id(), draft.sectionId());
                }),
                new Row("deleteRoadmapSection", expect(403, 404, 204, 404, 404, 404, 404), r -> {
                    long draft = Roadmaps.draft(MO_NIKOLSK).id();
                    long empty = Roadmaps.section(MO_NIKOLSK, draft, "Пустой блок");
                    return r.delete("/api/v1/roadmaps/{id}/sections/{s}", draft, empty);
                }),
                new Row("createRoadmapItem", expect(403, 404, 201, 404, 404, 404, 404), r -> {
                    Roadmaps.Fixture draft = Roadmaps.draft(MO_NIKOLSK);
                    return r.body(Roadmaps.item(draft.sectionId(), "1.5", null, null))
                            .post("/api/v1/roadmaps/{id}/items", draft.id());
                }),
                new Row("updateRoadmapItem", expect(403, 404, 200, 404, 404, 404, 404), r -> {
                    Roadmaps.Fixture draft = Roadmaps.draft(MO_NIKOLSK);
                    Map<String, Object> item = Roadmaps.item(draft.sectionId(), "1.1", null, null);
                    item.put("version", 0);
                    return r.body(item).put("/api/v1/roadmaps/{id}/items/{i}", draft.id(), draft.item());
                }),
                new Row("deleteRoadmapItem", expect(403, 404, 204, 404, 404, 404, 404), r -> {
                    Roadmaps.Fixture draft = Roadmaps.draft(MO_NIKOLSK);
                    return r.delete("/api/v1/roadmaps/{id}/items/{i}", draft.id(), draft.item());
                }),
                new Row("listItemReports", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/roadmaps/{id}/items/{i}/reports", roadmap.id(), roadmap.item())),
                new Row("getRoadmapReport", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/roadmaps/{id}/reports/{p}", roadmap.id(), "2025-Q1")),
                new Row("saveItemReport", expect(403, 404, 200, 404, 404, 403, 404), r -> {
                    Roadmaps.Fixture executing = Roadmaps.executing(MO_NIKOLSK);
                    return r.body(Roadmaps.done("Сделано", null))
                            .put(ITEM_REPORT, executing.id(), "2025-Q1", executing.item());
                }),
                new Row("submitRoadmapReport", expect(403, 404, 200, 404, 404, 403, 404), r -> {
                    Roadmaps.Fixture executing = Roadmaps.executing(MO_NIKOLSK);
                    Roadmaps.reportAllDone(MO_NIKOLSK, executing, "2025-Q1");
                    return r.body(Map.of("version", Roadmaps.reportVersion(MO_NIKOLSK, executing.id(), "2025-Q1")))
                            .post("/api/v1/roadmaps/{id}/reports/{p}/submission", executing.id(), "2025-Q1");
                }),
                new Row("reviewRoadmapReport", expect(200, 404, 403, 404, 404, 403, 404), r -> {
                    Roadmaps.Fixture submitted = Roadmaps.submitted(MO_NIKOLSK);
                    return r.body(Map.of("decision", "ACCEPT",
                                    "version", Roadmaps.reportVersion(MO_NIKOLSK, submitted.id(), "2025-Q1")))
                            .post("/api/v1/roadmaps/{id}/reports/{p}/review", submitted.id(), "2025-Q1");
                }),
                new Row("uploadItemReportAttachment", expect(403, 404, 201, 404, 404, 403, 404), r -> {
                    Roadmaps.Fixture executing = Roadmaps.executing(MO_NIKOLSK);
                    Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null))
                            .put(ITEM_REPORT, executing.id(), "2025-Q1", executing.item()).then().statusCode(200);
                    return r.contentType("multipart/form-data").multiPart("file", "protocol.pdf", PDF, "application/pdf")
                            .post(ITEM_REPORT + "/attachments", executing.id(), "2025-Q1", executing.item());
                }),
                new Row("downloadAttachment", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.accept("*/*").get("/api/v1/roadmaps/{id}/attachments/{a}", roadmap.id(), attachment)),
                new Row("importRoadmapItems", expect(403, 404, 200, 404, 404, 404, 404),
                        r -> r.contentType("multipart/form-data").queryParam("dryRun", "true")
                                .multiPart("file", "plan.csv", "№ п/п;Мероприятие;Сроки\n1.5;Совещание;март 2025\n"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                                .post("/api/v1/roadmaps/{id}/import", Roadmaps.draft(MO_NIKOLSK).id())),
                new Row("exportRoadmap", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.accept("*/*").get("/api/v1/roadmaps/{id}/export?format=xlsx", roadmap.id())),
                new Row("exportRoadmapReport", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.accept("*/*").get("/api/v1/roadmaps/{id}/export/reports/{p}?format=docx", roadmap.id(),
                                "2025-Q1")),
                new Row("deleteAttachment", expect(403, 404, 204, 404, 404, 403, 404), r -> {
                    Roadmaps.Fixture executing = Roadmaps.executing(MO_NIKOLSK);
                    Api.as(MO_NIKOLSK).body(Roadmaps.done("Сделано", null))
                            .put(ITEM_REPORT, executing.id(), "2025-Q1", executing.item()).then().statusCode(200);
                    return r.delete("/api/v1/roadmaps/{id}/attachments/{a}", executing.id(), attach(executing));
                }),
                new Row("listIndicators", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/indicators")),
                new Row("getIndicator", expect(200, 404, 200, 200, 404, 200, 200),
                        r -> r.get("/api/v1/indicators/{id}", penzaIndicator)),
                new Row("createIndicator", expect(201, 201, 403, 403, 403, 403, 403),
                        r -> r.body(Campaigns.regionalIndicator("MATRIX_" + SEQUENCE.incrementAndGet()))
                                .post("/api/v1/indicators")),
                new Row("updateIndicator", expect(200, 404, 403, 403, 404, 403, 403), r -> {
                    int fresh = newIndicator();
                    Map<String, Object> body = Campaigns.regionalIndicator(indicatorCode(fresh));
                    body.put("version", 0);
                    return r.body(body).put("/api/v1/indicators/{id}", fresh);
                }),
                new Row("setIndicatorTargets", expect(200, 404, 403, 403, 404, 403, 403),
                        r -> r.body(Map.of("targets", List.of(Map.of("year", 2026, "value", 7)),
                                        "version", Campaigns.targetsVersion(penzaIndicator)))
                                .put("/api/v1/indicators/{id}/targets", penzaIndicator)),
                new Row("listIndicatorGroups", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get("/api/v1/indicator-groups")),
                new Row("listIndicatorDimensions", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get("/api/v1/indicator-dimensions")),
                new Row("listCampaigns", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/campaigns")),
                new Row("createCampaign", expect(201, 201, 201, 201, 201, 403, 403),
                        r -> r.body(Campaigns.body("Проверка прав", "2040", List.of("STAFFING_RATE"), Map.of()))
                                .post("/api/v1/campaigns")),
                new Row("getCampaign", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/campaigns/{id}", campaignForm.campaign())),
                new Row("updateCampaign", expect(200, 404, 404, 404, 404, 404, 404), r -> {
                    Map<String, Object> body = Campaigns.body("Черновик", "2040", List.of("STAFFING_RATE"), Map.of());
                    long draft = Campaigns.create(MINISTRY_PENZA, body);
                    body.put("version", 0);
                    return r.body(body).put("/api/v1/campaigns/{id}", draft);
                }),
                new Row("transitionCampaign", expect(200, 404, 403, 404, 404, 403, 404), r -> {
                    long open = Campaigns.openInNikolsk("2040", List.of("STAFFING_RATE"));
                    return r.body(Map.of("action", "CLOSE", "version", Campaigns.version(MINISTRY_PENZA, open)))
                            .post("/api/v1/campaigns/{id}/transitions", open);
                }),
                new Row("getCampaignCompleteness", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/campaigns/{id}/completeness", campaignForm.campaign())),
                new Row("listCampaignForms", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/campaigns/{id}/forms", campaignForm.campaign())),
                new Row("getCampaignForm", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get(Campaigns.FORM, campaignForm.campaign(), campaignForm.school())),
                new Row("listCampaignFormHistory", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get(Campaigns.FORM + "/history", campaignForm.campaign(), campaignForm.school())),
                new Row("saveCampaignFormValues", expect(403, 404, 403, 404, 404, 200, 404), r -> {
                    Campaigns.FormFixture open = Campaigns.fresh(Stage.OPEN);
                    return r.body(Map.of("values", List.of(Map.of("indicatorId", Campaigns.indicatorId("STAFFING_RATE"),
                                    "number", 95))))
                            .put(Campaigns.FORM + "/values", open.campaign(), open.school());
                }),
                new Row("submitCampaignForm", expect(403, 404, 403, 404, 404, 200, 404), r -> {
                    Campaigns.FormFixture open = Campaigns.fresh(Stage.OPEN);
                    Api.as(SCHOOL_NIKOLSK1).body(Map.of("values", List.of(Map.of(
                                    "indicatorId", Campaigns.indicatorId("STAFFING_RATE"), "number", 95))))
                            .put(Campaigns.FORM + "/values", open.campaign(), open.school()).then().statusCode(200);
                    return r.body(Map.of("version", Campaigns.formVersion(open)))
                            .post(Campaigns.FORM + "/submission", open.campaign(), open.school());
                }),
                new Row("reviewCampaignForm", expect(403, 404, 200, 404, 404, 403, 404), r -> {
                    Campaigns.FormFixture submitted = Campaigns.fresh(Stage.SUBMITTED);
                    return r.body(Map.of("decision", "ACCEPT", "version", Campaigns.formVersion(submitted)))
                            .post(Campaigns.FORM + "/review", submitted.campaign(), submitted.school());
                }),
                new Row("reopenCampaignForm", expect(200, 404, 403, 404, 404, 403, 404), r -> {
                    Campaigns.FormFixture accepted = Campaigns.fresh(Stage.ACCEPTED);
                    return r.body(Map.of("reason", "Проверка прав", "version", Campaigns.formVersion(accepted)))
                            .post(Campaigns.FORM + "/reopening", accepted.campaign(), accepted.school());
                }),
                new Row("exportIndicatorValues", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.accept("*/*").queryParam("municipalityId", nikolsk).get("/api/v1/indicator-values")),
                // Rows of another organisation's schools are refused one by one inside the job (see ValueImportTest).
                new Row("importIndicatorValues", expect(200, 200, 200, 200, 200, 403, 403),
                        r -> r.contentType("text/csv").queryParam("dryRun", "true")
                                .body("school_code;indicator_code;period;value\n5818003401;STAFFING_RATE;2047;90\n")
                                .post("/api/v1/indicator-values/imports")),
                // The list is the caller's own organisation's uploads (see ValueImportTest).
                new Row("listIndicatorImports", expect(200, 200, 200, 200, 200, 403, 403),
                        r -> r.get("/api/v1/indicator-values/imports")),
                new Row("getIndicatorImport", expect(200, 404, 404, 404, 404, 403, 403),
                        r -> r.get("/api/v1/indicator-values/imports/{id}", importJob)),
                new Row("importAssessmentResults", expect(200, 200, 200, 200, 200, 403, 403),
                        r -> r.contentType("text/csv").queryParam("dryRun", "true")
                                .body("school_code;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5\n"
                                        + "5818003401;2047;MATH;4;10;1;2;3;4\n")
                                .post("/api/v1/indicator-values/assessment-imports")),
                new Row("downloadCampaignTemplate", expect(200, 404, 200, 404, 404, 403, 404),
                        r -> r.accept("*/*").get("/api/v1/campaigns/{id}/template", campaignForm.campaign())),
                new Row("uploadCampaignTemplate", expect(200, 404, 200, 404, 404, 403, 404),
                        r -> r.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                .queryParam("dryRun", "true").body(staffingTemplate())
                                .post("/api/v1/campaigns/{id}/template", campaignForm.campaign())),
                new Row("getIndicatorDynamics", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.queryParam("level", "MUNICIPALITY").queryParam("unitId", nikolsk)
                                .get("/api/v1/analytics/indicators/{id}/dynamics", Campaigns.indicatorId("STAFFING_RATE"))),
                new Row("getIndicatorBreakdown", expect(200, 404, 200, 404, 404, 403, 403),
                        r -> r.queryParam("period", "2026").queryParam("municipalityId", nikolsk)
                                .get("/api/v1/analytics/indicators/{id}/breakdown", Campaigns.indicatorId("STAFFING_RATE"))),
                new Row("exportIndicatorBreakdown", expect(200, 404, 200, 404, 404, 403, 403),
                        r -> r.accept("*/*").queryParam("period", "2026").queryParam("municipalityId", nikolsk)
                                .get("/api/v1/analytics/indicators/{id}/breakdown/export", Campaigns.indicatorId("STAFFING_RATE"))),
                new Row("listCampaignReviews", expect(403, 403, 200, 200, 200, 403, 403),
                        r -> r.get("/api/v1/campaign-reviews")));
    }

    /** A criteria set of Пензенская область, made once; rows that change a set make their own. */
    private Long penzaSet;

    private long penzaSet() {
        if (penzaSet == null) {
            penzaSet = CriteriaSets.create(MINISTRY_PENZA, 2026);
        }
        return penzaSet;
    }

    private static final AtomicInteger APPROVAL_YEARS = new AtomicInteger(2070);
    /** An approved list of Пензенская область (ШНСУ of a year without data, so an empty one), made once. */
    private Long penzaList;

    private long penzaList() {
        if (penzaList == null) {
            penzaList = approve(MINISTRY_PENZA, CriteriaSets.create(MINISTRY_PENZA,
                    CriteriaSets.body(APPROVAL_YEARS.incrementAndGet(), "SHNSU", "Перечень для проверки прав")))
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return penzaList;
    }

    private static Response approve(Actor actor, long set) {
        return Api.as(actor).body(Map.of("version", 0, "document", Map.of("kind", "Приказ", "number", "1-п",
                "date", "2026-01-20", "authority", "Министерство образования Пензенской области")))
                .post(CriteriaSets.SETS + "/{id}/approval", set);
    }

    private static long penzaFactor() {
        return Api.as(MINISTRY_PENZA).body(RiskProfiles.factor("MATRIX_RISK_" + SEQUENCE.incrementAndGet()))
                .post("/api/v1/risk-factors").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** «500+» risk factors and the risk profile of МБОУ СОШ № 1 г. Никольска (a fresh year for every change). */
    private List<Row> riskRows() {
        String profile = RiskProfiles.PROFILE;
        return List.of(
                new Row("listRiskFactors", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/risk-factors")),
                new Row("createRiskFactor", expect(201, 201, 403, 403, 403, 403, 403),
                        r -> r.body(RiskProfiles.factor("MATRIX_RISK_" + SEQUENCE.incrementAndGet())).post("/api/v1/risk-factors")),
                new Row("updateRiskFactor", expect(200, 404, 403, 403, 403, 403, 403), r -> {
                    long factor = penzaFactor();
                    Map<String, Object> body = RiskProfiles.factor("MATRIX_RISK_" + SEQUENCE.incrementAndGet());
                    body.put("version", 0);
                    return r.body(body).put("/api/v1/risk-factors/{id}", factor);
                }),
                new Row("setRiskDerivation", expect(200, 404, 403, 403, 403, 403, 403),
                        r -> r.body(Map.of("version", 0, "rules", List.of())).put("/api/v1/risk-factors/{id}/derivation", penzaFactor())),
                new Row("listRiskProfiles", expect(200, 200, 200, 200, 200, 403, 403), r -> r.get("/api/v1/risk-profiles")),
                new Row("getRiskAnalytics", expect(200, 200, 200, 200, 200, 403, 403), r -> r.get("/api/v1/risk-analytics")),
                new Row("exportRiskAnalytics", expect(200, 200, 200, 200, 200, 403, 403),
                        r -> r.accept("*/*").get("/api/v1/risk-analytics/export")),
                new Row("getRiskProfile", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get(profile, nikolskSchool, 2025)).curators(200, 404),
                new Row("listRiskProfileHistory", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get(profile + "/history", nikolskSchool, 2025)).curators(200, 404),
                new Row("saveRiskProfile", expect(403, 404, 403, 404, 404, 200, 404),
                        r -> r.body(Map.of("version", 0, "levels", List.of())).put(profile, nikolskSchool, RiskProfiles.nextYear()))
                        .curators(403, 404),
                new Row("submitRiskProfile", expect(403, 404, 403, 404, 404, 200, 404), r -> {
                    RiskProfiles.Fixture draft = RiskProfiles.fresh(RiskProfiles.Stage.DRAFT);
                    return r.body(Map.of("version", RiskProfiles.version(draft)))
                            .post(profile + "/submission", draft.school(), draft.year());
                }).curators(403, 404),
                new Row("reviewRiskProfile", expect(403, 404, 200, 404, 404, 403, 404), r -> {
                    RiskProfiles.Fixture submitted = RiskProfiles.fresh(RiskProfiles.Stage.SUBMITTED);
                    return r.body(Map.of("decision", "ACCEPT", "version", RiskProfiles.version(submitted)))
                            .post(profile + "/review", submitted.school(), submitted.year());
                }).curators(403, 404),
                new Row("overrideRiskLevels", expect(403, 404, 200, 404, 404, 403, 404), r -> {
                    RiskProfiles.Fixture submitted = RiskProfiles.fresh(RiskProfiles.Stage.SUBMITTED);
                    return r.body(Map.of("version", RiskProfiles.version(submitted), "overrides", List.of()))
                            .put(profile + "/overrides", submitted.school(), submitted.year());
                }).curators(200, 404));
    }

    /** Identification of ШНОР/ШНСУ: criteria sets of Пензенская область, dry runs, previews, approved lists. */
    /** An expert mark of Никольский район's card of 2023, changed by the matrix on its current version. */
    private Long scorecardMark;

    private long scorecardMark() {
        if (scorecardMark == null) {
            scorecardMark = Api.as(MINISTRY_PENZA).body(Map.of("criterion", "ROADMAP", "mark", "PARTLY", "comment", "Начало"))
                    .post("/api/v1/municipalities/{m}/scorecards/2023/marks", nikolsk).then().statusCode(201).extract()
                    .jsonPath().getLong("expert.id");
        }
        return scorecardMark;
    }

    private Map<String, Object> scorecardSettingsInput() {
        io.restassured.path.json.JsonPath current = Api.as(MINISTRY_PENZA).get("/api/v1/regions/{r}/scorecard-settings", penza)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> thresholds = new java.util.ArrayList<>();
        for (Map<String, Object> t : current.<Map<String, Object>>getList("thresholds")) {
            Map<?, ?> threshold = (Map<?, ?>) t.get("threshold");
            thresholds.add(Map.of("criterion", t.get("criterion"), "met", threshold.get("met"), "partly", threshold.get("partly")));
        }
        return Map.of("thresholds", thresholds, "programmeCategories", current.getList("programmeCategories"),
                "effectIndicators", current.getList("effectIndicators.code"), "version", current.getLong("version"));
    }

    private long scorecardSnapshot() {
        return Api.as(MINISTRY_PENZA).post("/api/v1/regions/{r}/scorecards/2025/snapshots", penza).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /**
     * The scorecard: the region's table, settings and notes are the ministry's own (a municipality of the region is
     * refused by role, another region's callers do not find it); a municipality reads its own card only; a school
     * has none; a curator's scope holds no municipality.
     */
    private List<Row> scorecardRows() {
        String region = "/api/v1/regions/{r}/scorecards/2025";
        return List.of(
                new Row("getRegionScorecard", expect(200, 404, 403, 403, 404, 403, 403), r -> r.get(region, penza)),
                new Row("exportRegionScorecard", expect(200, 404, 403, 403, 404, 403, 403),
                        r -> r.accept("*/*").get(region + "/export", penza)),
                new Row("getScorecardSettings", expect(200, 404, 403, 403, 404, 403, 403),
                        r -> r.get("/api/v1/regions/{r}/scorecard-settings", penza)),
                new Row("updateScorecardSettings", expect(200, 404, 403, 403, 404, 403, 403),
                        r -> r.body(scorecardSettingsInput()).put("/api/v1/regions/{r}/scorecard-settings", penza)),
                new Row("createScorecardSnapshot", expect(201, 404, 403, 403, 404, 403, 403),
                        r -> r.post(region + "/snapshots", penza)),
                new Row("listScorecardSnapshots", expect(200, 404, 403, 403, 404, 403, 403),
                        r -> r.get(region + "/snapshots", penza)),
                new Row("updateScorecardNoteTexts", expect(200, 404, 403, 403, 404, 403, 403), r -> {
                    long id = scorecardSnapshot();
                    Map<String, Object> texts = Map.of("context", "Контекст", "problems", "Проблемы", "factors", "Факторы",
                            "recommendations", "Рекомендации");
                    return r.body(Map.of("version", 0, "texts", texts)).put(region + "/snapshots/{id}", penza, id);
                }),
                new Row("downloadScorecardNote", expect(200, 404, 403, 403, 404, 403, 403),
                        r -> r.accept("*/*").get(region + "/snapshots/{id}/note", penza, scorecardSnapshot())),
                new Row("getMunicipalityScorecard", expect(200, 404, 200, 404, 404, 403, 404),
                        r -> r.get("/api/v1/municipalities/{m}/scorecards/2025", nikolsk)).curators(404, 404),
                // A criterion and year not marked yet on each call: a second mark of the same is 409, and the ledger's
                // test replays this row.
                new Row("createScorecardMark", expect(201, 404, 403, 404, 404, 403, 404), r -> {
                    int n = SEQUENCE.incrementAndGet();
                    return r.body(Map.of("criterion", List.of("ROADMAP", "MEASURES", "SUPPORT", "MONITORING",
                                    "RECOMMENDATIONS", "PUBLICITY").get(n % 6), "mark", "MET", "comment", "Оценка эксперта"))
                            .post("/api/v1/municipalities/{m}/scorecards/{y}/marks", nikolsk, 2000 + (n / 6) % 22);
                }).curators(404, 404),
                new Row("updateScorecardMark", expect(200, 404, 403, 404, 404, 403, 404), r -> {
                    long id = scorecardMark();
                    long version = Api.as(MINISTRY_PENZA).get("/api/v1/municipalities/{m}/scorecards/2023", nikolsk).then()
                            .statusCode(200).extract().jsonPath().getLong("criteria.find { it.criterion == 'ROADMAP' }.expert.version");
                    return r.body(Map.of("mark", "MET", "comment", "Утверждена", "version", version))
                            .put("/api/v1/municipalities/{m}/scorecards/2023/marks/{id}", nikolsk, id);
                }).curators(404, 404));
    }

    private List<Row> identificationRows() {
        return List.of(
                new Row("approveIdentificationList", expect(201, 404, 403, 403, 403, 403, 403), r -> {
                    long set = CriteriaSets.create(MINISTRY_PENZA, CriteriaSets.body(APPROVAL_YEARS.incrementAndGet(), "SHNSU",
                            "Утверждение для проверки прав"));
                    return r.body(Map.of("version", 0, "document", Map.of("kind", "Приказ", "number", "2-п",
                                    "date", "2026-01-20", "authority", "Министерство образования Пензенской области")))
                            .post(CriteriaSets.SETS + "/{id}/approval", set);
                }),
                new Row("listIdentificationLists", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get("/api/v1/identification/lists")),
                new Row("getIdentificationList", expect(200, 404, 200, 200, 404, 200, 200),
                        r -> r.get("/api/v1/identification/lists/{id}", penzaList())),
                new Row("exportIdentificationList", expect(200, 404, 200, 200, 404, 403, 403),
                        r -> r.accept("*/*").get("/api/v1/identification/lists/{id}/export", penzaList())),
                new Row("listRuleIndicators", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get("/api/v1/identification/indicators")),
                new Row("listCriteriaSets", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get(CriteriaSets.SETS)),
                new Row("createCriteriaSet", expect(201, 201, 403, 403, 403, 403, 403),
                        r -> r.body(CriteriaSets.body(2026, "SHNOR", "Проверка прав")).post(CriteriaSets.SETS)),
                new Row("getCriteriaSet", expect(200, 404, 200, 200, 404, 200, 200),
                        r -> r.get(CriteriaSets.SETS + "/{id}", penzaSet())),
                new Row("updateCriteriaSet", expect(200, 404, 403, 403, 403, 403, 403), r -> {
                    long fresh = CriteriaSets.create(MINISTRY_PENZA, 2026);
                    Map<String, Object> body = CriteriaSets.body(2026, "SHNOR", "Изменённые критерии");
                    body.put("version", 0);
                    return r.body(body).put(CriteriaSets.SETS + "/{id}", fresh);
                }),
                new Row("createCriteriaSetVersion", expect(201, 404, 403, 403, 403, 403, 403),
                        r -> r.body(Map.of("year", 2027)).post(CriteriaSets.SETS + "/{id}/versions", penzaSet())),
                new Row("runCriteriaSet", expect(200, 404, 403, 403, 403, 403, 403),
                        r -> r.get(CriteriaSets.SETS + "/{id}/dry-run", penzaSet())),
                new Row("previewRule", expect(200, 200, 403, 403, 403, 403, 403),
                        r -> r.body(Map.of("year", 2026, "category", "SHNOR", "condition",
                                        ((Map<?, ?>) ((List<?>) ((Map<?, ?>) CriteriaSets.body(2026, "SHNOR", "x").get("entry"))
                                                .get("rules")).get(0)).get("condition")))
                                .post("/api/v1/identification/rule-previews")));
    }

    /** The audit ledger, the change feed, webhooks and service accounts (issue 18). */
    private List<Row> integrationRows() {
        return List.of(
                new Row("listAuditEntries", expect(200, 404, 200, 404, 404, 403, 403),
                        r -> r.queryParam("municipalityId", nikolsk).get("/api/v1/audit")),
                new Row("listAuditEntries", expect(200, 200, 200, 200, 200, 403, 403), r -> r.get("/api/v1/audit")),
                new Row("listAuditKinds", expect(200, 200, 200, 200, 200, 403, 403), r -> r.get("/api/v1/audit/kinds")),
                new Row("listChanges", expect(200, 200, 200, 200, 200, 403, 403), r -> r.get("/api/v1/changes")),
                new Row("listWebhooks", expect(200, 200, 200, 200, 200, 403, 403), r -> r.get("/api/v1/webhooks")),
                new Row("createWebhook", expect(201, 201, 201, 201, 201, 403, 403),
                        r -> r.body(Map.of("url", "https://hooks.invalid/matrix", "eventTypes", List.of(), "active", false))
                                .post("/api/v1/webhooks")),
                new Row("getWebhook", expect(404, 404, 200, 404, 404, 404, 404), r -> r.get("/api/v1/webhooks/{id}", webhook)),
                new Row("updateWebhook", expect(404, 404, 200, 404, 404, 404, 404), r -> {
                    long fresh = newWebhook(false);
                    return r.body(webhookUpdate(fresh)).put("/api/v1/webhooks/{id}", fresh);
                }),
                new Row("deleteWebhook", expect(404, 404, 204, 404, 404, 404, 404),
                        r -> r.delete("/api/v1/webhooks/{id}", newWebhook(false))),
                new Row("listWebhookDeliveries", expect(404, 404, 200, 404, 404, 404, 404),
                        r -> r.get("/api/v1/webhooks/{id}/deliveries", webhook)),
                new Row("redeliverWebhook", expect(404, 404, 202, 404, 404, 404, 404),
                        r -> r.post("/api/v1/webhooks/{id}/deliveries/{d}/redelivery", webhook, webhookDelivery)),
                // Service accounts: each scope on an object of the account's own organisation and of another one. An object
                // the path names outside the organisation: 404, whatever the scopes (as for users, 404 before 403); a scope
                // the operation needs is missing: 403. Objects named only in the query (a municipality to export) and
                // import jobs have no scope probe: there the missing scope answers first.
                new Row("getSchool", service(200, 403, 403, 403, 200), r -> r.get("/api/v1/schools/{id}", nikolskSchool)),
                new Row("getSchool", service(404, 404, 404, 404, 404), r -> r.get("/api/v1/schools/{id}", saratovSchool)),
                new Row("exportIndicatorValues", service(403, 200, 403, 403, 200),
                        r -> r.accept("*/*").queryParam("municipalityId", nikolsk).get("/api/v1/indicator-values")),
                new Row("exportIndicatorValues", service(403, 404, 403, 403, 404),
                        r -> r.accept("*/*").queryParam("municipalityId", balashov).get("/api/v1/indicator-values")),
                new Row("importIndicatorValues", service(403, 403, 200, 403, 200),
                        r -> r.contentType("text/csv").queryParam("dryRun", "true")
                                .body("school_code;indicator_code;period;value\n5818003401;STAFFING_RATE;2047;90\n")
                                .post("/api/v1/indicator-values/imports")),
                // values:write on another region's school: the import answers (200), its row refused as outside the
                // account's organisation (status REJECTED), nothing saved; without the scope: 403.
                new Row("importIndicatorValues", service(403, 403, 200, 403, 200),
                        r -> r.contentType("text/csv").queryParam("dryRun", "true")
                                .body("school_code;indicator_code;period;value\n6440001011;STAFFING_RATE;2047;90\n")
                                .post("/api/v1/indicator-values/imports")),
                new Row("getIndicatorImport", service(403, 403, 404, 403, 404),
                        r -> r.get("/api/v1/indicator-values/imports/{id}", saratovImport)),
                new Row("getRoadmap", service(403, 403, 403, 200, 200), r -> r.get("/api/v1/roadmaps/{id}", roadmap.id())),
                new Row("getRoadmap", service(404, 404, 404, 404, 404), r -> r.get("/api/v1/roadmaps/{id}", saratovRoadmap)),
                // No scope allows a change of the registry, the ledger or webhooks; the feed is read within the scopes.
                new Row("updateSchool", service(403, 403, 403, 403, 403),
                        r -> r.body(Api.schoolUpdate(nikolskSchool)).put("/api/v1/schools/{id}", nikolskSchool)),
                new Row("listAuditEntries", service(403, 403, 403, 403, 403), r -> r.get("/api/v1/audit")),
                new Row("listWebhooks", service(403, 403, 403, 403, 403), r -> r.get("/api/v1/webhooks")),
                new Row("listChanges", service(200, 200, 200, 200, 200), r -> r.get("/api/v1/changes")),
                new Row("getMe", service(200, 200, 200, 200, 200), r -> r.get("/api/v1/me")));
    }

    /** Expected statuses of the service accounts: Пензенская область's registry:read, values:read, values:write,
     *  roadmaps:read, and Никольский район's with every scope. */
    private static Map<Actor, Integer> service(int registry, int valuesRead, int valuesWrite, int roadmaps, int nikolskAll) {
        Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
        expected.put(Actor.SERVICE_PENZA_REGISTRY, registry);
        expected.put(Actor.SERVICE_PENZA_VALUES_READ, valuesRead);
        expected.put(Actor.SERVICE_PENZA_VALUES_WRITE, valuesWrite);
        expected.put(Actor.SERVICE_PENZA_ROADMAPS, roadmaps);
        expected.put(Actor.SERVICE_NIKOLSK, nikolskAll);
        return expected;
    }

    /** Issue 14: the import templates beside their uploads. */
    private List<Row> usabilityRows() {
        return List.of(
                new Row("downloadIndicatorValueTemplate", expect(200, 200, 200, 200, 200, 403, 403),
                        r -> r.accept("*/*").get("/api/v1/indicator-values/template")),
                new Row("downloadRoadmapImportTemplate", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.accept("*/*").get("/api/v1/roadmap-import-template")));
    }

    /** A signed protocol of Никольский район whose decision 1.2 МБОУ СОШ № 1 г. Никольска carries out. */
    private Long signedMeeting;

    private long signedMeeting() {
        if (signedMeeting == null) {
            signedMeeting = Meetings.signedForSchool();
        }
        return signedMeeting;
    }

    /** Meetings, protocols and decisions (ru.opora.meeting). */
    private List<Row> meetingRows() {
        return List.of(
                new Row("listMeetings", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/meetings")),
                new Row("createMeeting", expect(201, 201, 201, 201, 201, 201, 201),
                        r -> r.body(Meetings.nikolsk("2025-10-16", null, null)).post("/api/v1/meetings")),
                new Row("getMeeting", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/meetings/{id}", signedMeeting())).curators(404, 404),
                new Row("updateMeeting", expect(403, 404, 200, 404, 404, 404, 404), r -> {
                    long draft = Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool());
                    return r.body(Meetings.update(MO_NIKOLSK, draft)).put("/api/v1/meetings/{id}", draft);
                }).curators(404, 404),
                new Row("deleteMeeting", expect(403, 404, 204, 404, 404, 404, 404),
                        r -> r.delete("/api/v1/meetings/{id}", Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool())))
                        .curators(404, 404),
                new Row("transitionMeeting", expect(403, 404, 200, 404, 404, 404, 404), r -> {
                    long draft = Meetings.create(MO_NIKOLSK, Meetings.forNikolskSchool());
                    return r.body(Map.of("action", "SIGN", "version", Meetings.version(MO_NIKOLSK, draft)))
                            .post("/api/v1/meetings/{id}/transitions", draft);
                }).curators(404, 404),
                new Row("listMeetingRevisions", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/meetings/{id}/history", signedMeeting())).curators(404, 404),
                new Row("exportMeetingProtocol", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.accept("*/*").get("/api/v1/meetings/{id}/protocol", signedMeeting())).curators(404, 404),
                new Row("listDecisions", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/decisions")),
                new Row("completeDecision", expect(403, 404, 403, 404, 404, 200, 404), r -> {
                    long meeting = Meetings.signedForSchool();
                    long decision = Meetings.decision(MO_NIKOLSK, meeting, "1.2");
                    return r.body(Meetings.completion("Исполнено", decisionVersion(meeting, decision)))
                            .post("/api/v1/decisions/{id}/completion", decision);
                }).curators(404, 404));
    }

    /** A recommendation of Никольский район to МБОУ СОШ № 1 г. Никольска. */
    private Long recommendation;

    private long recommendation() {
        if (recommendation == null) {
            recommendation = Recommendations.issuedToNikolskSchool();
        }
        return recommendation;
    }

    /** Targeted recommendations (ru.opora.recommendation). */
    private List<Row> recommendationRows() {
        return List.of(
                new Row("listRecommendations", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get("/api/v1/recommendations")).curators(200, 200),
                new Row("exportRecommendations", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.accept("*/*").get("/api/v1/recommendations/export")).curators(200, 200),
                new Row("createRecommendation", expect(201, 422, 201, 422, 422, 403, 403),
                        r -> r.body(Recommendations.toSchool(nikolskSchool, Recommendations.inAMonth()))
                                .post("/api/v1/recommendations")).curators(201, 422),
                new Row("getRecommendation", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/recommendations/{id}", recommendation())).curators(200, 404),
                new Row("updateRecommendation", expect(403, 404, 200, 404, 404, 403, 404), r -> {
                    long fresh = Recommendations.issuedToNikolskSchool();
                    return r.body(Recommendations.update(MO_NIKOLSK, fresh)).put("/api/v1/recommendations/{id}", fresh);
                }).curators(403, 404),
                new Row("transitionRecommendation", expect(403, 404, 403, 404, 404, 200, 404), r -> {
                    long fresh = Recommendations.issuedToNikolskSchool();
                    return r.body(Recommendations.transition("ANSWER", Recommendations.version(MO_NIKOLSK, fresh),
                            "Принято к исполнению", false)).post("/api/v1/recommendations/{id}/transitions", fresh);
                }).curators(403, 404),
                new Row("listRecommendationRevisions", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/recommendations/{id}/history", recommendation())).curators(200, 404));
    }

    /** A methodological event of Никольский район. */
    private Long event;

    private long event() {
        if (event == null) {
            event = Events.create(MO_NIKOLSK, plainEvent());
        }
        return event;
    }

    private static Map<String, Object> plainEvent() {
        return new HashMap<>(Map.of("kind", "CONSULTATION", "heldOn", "2025-09-15",
                "topic", "Консультация по подготовке к ОГЭ"));
    }

    /** Methodological events (ru.opora.event). */
    private List<Row> eventRows() {
        return List.of(
                new Row("listEvents", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/events")),
                new Row("exportEvents", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.accept("*/*").get("/api/v1/events/export")),
                new Row("createEvent", expect(201, 201, 201, 201, 201, 201, 201),
                        r -> r.body(plainEvent()).post("/api/v1/events")),
                new Row("getEvent", expect(200, 404, 200, 404, 404, 200, 404), r -> r.get("/api/v1/events/{id}", event()))
                        .curators(404, 404),
                new Row("updateEvent", expect(403, 404, 200, 404, 404, 403, 404), r -> {
                    long fresh = Events.create(MO_NIKOLSK, plainEvent());
                    Map<String, Object> body = plainEvent();
                    body.put("version", Events.version(MO_NIKOLSK, fresh));
                    return r.body(body).put("/api/v1/events/{id}", fresh);
                }).curators(404, 404),
                new Row("deleteEvent", expect(403, 404, 204, 404, 404, 403, 404),
                        r -> r.delete("/api/v1/events/{id}", Events.create(MO_NIKOLSK, plainEvent()))).curators(404, 404));
    }

    /** A working group of Никольский район. */
    private Long workingGroup;

    private long workingGroup() {
        if (workingGroup == null) {
            workingGroup = newWorkingGroup();
        }
        return workingGroup;
    }

    private static long newWorkingGroup() {
        return Api.as(MO_NIKOLSK).body(Map.of("name", "Муниципальная рабочая группа по сопровождению ШНОР"))
                .post("/api/v1/working-groups").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Working groups (ru.opora.workgroup). */
    private List<Row> workingGroupRows() {
        return List.of(
                new Row("listWorkingGroups", expect(200, 200, 200, 200, 200, 200, 200), r -> r.get("/api/v1/working-groups")),
                new Row("createWorkingGroup", expect(201, 201, 201, 201, 201, 201, 201),
                        r -> r.body(Map.of("name", "Управленческая команда")).post("/api/v1/working-groups")),
                new Row("getWorkingGroup", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/working-groups/{id}", workingGroup())).curators(404, 404),
                new Row("updateWorkingGroup", expect(403, 404, 200, 404, 404, 403, 404), r -> {
                    long fresh = newWorkingGroup();
                    return r.body(Map.of("name", "МРГ", "version", 0)).put("/api/v1/working-groups/{id}", fresh);
                }).curators(404, 404));
    }

    /** A visit of the assigned curator to МБОУ СОШ № 1 г. Никольска. */
    private Long visit;

    private long visit() {
        if (visit == null) {
            visit = Curators.plannedVisit(nikolskSchool);
        }
        return visit;
    }

    /** Curator assignments, partner pairs and curator visits (ru.opora.curator). */
    private List<Row> curatorRows() {
        return List.of(
                new Row("listCuratorAssignments", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get("/api/v1/curator-assignments")).curators(200, 200),
                new Row("createCuratorAssignment", expect(201, 422, 403, 403, 403, 403, 403),
                        r -> r.body(Curators.assignment("curator.matrix" + SEQUENCE.incrementAndGet(), nikolskSchool))
                                .post("/api/v1/curator-assignments")),
                new Row("deleteCuratorAssignment", expect(204, 404, 403, 404, 404, 403, 404),
                        r -> r.delete("/api/v1/curator-assignments/{id}", Curators.assign(
                                Curators.assignment("curator.matrix" + SEQUENCE.incrementAndGet(), nikolskSchool))))
                        .curators(404, 404),
                new Row("listPartnerPairs", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get("/api/v1/partner-pairs")).curators(200, 200),
                new Row("createPartnerPair", expect(201, 422, 201, 422, 422, 403, 403),
                        r -> r.body(Curators.nikolskPair(Curators.nextPairYear()))
                                .post("/api/v1/partner-pairs")),
                new Row("updatePartnerPair", expect(200, 404, 200, 404, 404, 403, 404), r -> {
                    Map<String, Object> body = Curators.nikolskPair(Curators.nextPairYear());
                    long pair = Curators.pair(body);
                    body.put("agreement", Map.of("number", "7-С", "date", "2026-02-10"));
                    body.put("version", 0);
                    return r.body(body).put("/api/v1/partner-pairs/{id}", pair);
                }).curators(403, 404),
                new Row("deletePartnerPair", expect(204, 404, 204, 404, 404, 403, 404),
                        r -> r.delete("/api/v1/partner-pairs/{id}",
                                Curators.pair(Curators.nikolskPair(Curators.nextPairYear())))).curators(403, 404),
                new Row("listCuratorVisits", expect(200, 200, 200, 200, 200, 200, 200),
                        r -> r.get("/api/v1/curator-visits")).curators(200, 200),
                new Row("createCuratorVisit", expect(403, 403, 403, 403, 403, 403, 403),
                        r -> r.body(Curators.visit(nikolskSchool)).post("/api/v1/curator-visits")).curators(201, 422),
                new Row("getCuratorVisit", expect(200, 404, 200, 404, 404, 200, 404),
                        r -> r.get("/api/v1/curator-visits/{id}", visit())).curators(200, 404),
                new Row("updateCuratorVisit", expect(403, 404, 403, 404, 404, 403, 404), r -> {
                    long fresh = Curators.plannedVisit(nikolskSchool);
                    Map<String, Object> body = Curators.visit(nikolskSchool);
                    body.put("version", 0);
                    return r.body(body).put("/api/v1/curator-visits/{id}", fresh);
                }).curators(200, 404));
    }

    private static long decisionVersion(long meeting, long decision) {
        return Api.as(MO_NIKOLSK).queryParam("meetingId", meeting).get("/api/v1/decisions").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.id == " + decision + " }.version");
    }

    /** A filled template of a campaign over STAFFING_RATE with one value for МБОУ СОШ № 1 г. Никольска. */
    private static byte[] staffingTemplate() {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Значения");
            var codes = sheet.createRow(2);
            codes.createCell(0).setCellValue("school_code");
            codes.createCell(3).setCellValue("STAFFING_RATE");
            var row = sheet.createRow(5);
            row.createCell(0).setCellValue("5818003401");
            row.createCell(3).setCellValue(90);
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int newIndicator() {
        return Api.as(MINISTRY_PENZA).body(Campaigns.regionalIndicator("MATRIX_" + SEQUENCE.incrementAndGet()))
                .post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getInt("id");
    }

    private static String indicatorCode(int id) {
        return Api.as(MINISTRY_PENZA).get("/api/v1/indicators/{id}", id).then().statusCode(200)
                .extract().jsonPath().getString("code");
    }

    private static final String ITEM_REPORT = "/api/v1/roadmaps/{id}/reports/{p}/items/{i}";
    private static final byte[] PDF = "%PDF-1.4 протокол".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static long attach(Roadmaps.Fixture fixture) {
        return Api.uploadAs(MO_NIKOLSK).multiPart("file", "protocol.pdf", PDF, "application/pdf")
                .post(ITEM_REPORT + "/attachments", fixture.id(), "2025-Q1", fixture.item())
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : rows()) {
            row.expected().forEach((actor, status) -> cells.add(Arguments.of(row.operationId(), actor, status, row)));
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cells")
    void statusMatchesTheMatrix(String operationId, Actor actor, int expected, Row row) {
        findTargets();
        Response response = row.call().apply(Api.as(actor));
        assertEquals(expected, response.statusCode(), operationId + " as " + actor + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0],
                    operationId + " as " + actor + " must answer problem+json");
        }
    }

    @Test
    void everyOperationIsInTheMatrix() {
        List<String> documented = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getList("paths.collect { it.value.collect { it.value.operationId } }.flatten()");
        TreeSet<String> covered = new TreeSet<>(rows().stream().map(Row::operationId).toList());
        assertEquals(new TreeSet<>(documented), covered, "every operation needs a row in the authorization matrix");
    }

    private static Map<String, Object> newMunicipality() {
        int n = SEQUENCE.incrementAndGet();
        return Map.of("oktmo", String.format("5699%04d", n), "name", "Тестовый округ " + n, "kind", "MUNICIPAL_OKRUG");
    }

    private Map<String, Object> municipalityUpdate() {
        Map<String, Object> current = Api.as(MINISTRY_PENZA).get("/api/v1/municipalities/{id}", nikolsk).then()
                .statusCode(200).extract().jsonPath().getMap("");
        return Map.of("oktmo", current.get("oktmo"), "name", current.get("name"), "kind", current.get("kind"),
                "version", current.get("version"));
    }

    private Map<String, Object> newSchool() {
        int n = SEQUENCE.incrementAndGet();
        return Map.of("municipalityId", nikolsk, "code", String.format("58188%05d", n),
                "fullName", "Муниципальное бюджетное общеобразовательное учреждение «Тестовая школа № " + n + "»",
                "shortName", "Тестовая школа № " + n, "address", "Пензенская обл., г. Никольск",
                "settlementType", "URBAN", "levels", List.of("PRIMARY", "BASIC"),
                "studentsCount", 100, "teachersCount", 10);
    }

    private static Map<String, Object> newCategory() {
        // Each call needs a category not yet active; years far apart keep the calls independent.
        int year = 2030 + SEQUENCE.incrementAndGet();
        return Map.of("year", year, "category", "SHNSU",
                "document", Map.of("number", "1-т", "date", "2026-01-10", "authority", "Министерство образования"));
    }

    private long freshAssignment() {
        return Api.as(MINISTRY_PENZA).body(newCategory()).post("/api/v1/schools/{id}/categories", nikolskSchool)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
