package ru.opora.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh municipalities of the region of Penza for the scorecard's tests, each with its own user (a signed token bound
 * to its OKTMO), schools, a roadmap of direction 1.2 for 2025 and reports — made through the HTTP API as their users
 * would. A fresh municipality has no data but what a test gives it, so its marks are exactly the test's.
 */
public final class Scorecards {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final int YEAR = 2025;

    private Scorecards() {
    }

    /** A municipality made for one test, and how its own user calls the API. */
    public record Place(long id, String oktmo, String name) {

        public RequestSpecification user() {
            return as("mo." + oktmo, "municipality", "MUNICIPALITY", oktmo);
        }

        public String card() {
            return "/api/v1/municipalities/" + id + "/scorecards/";
        }
    }

    public static RequestSpecification as(String username, String role, String orgType, String orgCode) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization",
                "Bearer " + Actor.token(Actor.token(username, List.of(role), orgType, orgCode)));
    }

    public static Place municipality() {
        int n = SEQUENCE.incrementAndGet();
        String oktmo = String.format("5696%04d", n);
        String name = "Оценочный район " + n;
        long id = Api.as(Actor.MINISTRY_PENZA).body(Map.of("oktmo", oktmo, "name", name, "kind", "MUNICIPAL_DISTRICT"))
                .post("/api/v1/regions/{id}/municipalities", Api.regionId("58")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Place(id, oktmo, name);
    }

    /** A school of the municipality, with the categories given for the year (ШНОР and others). */
    public static School school(Place place, int year, String... categories) {
        int n = SEQUENCE.incrementAndGet();
        String code = String.format("58197%05d", n);
        long id = Api.as(Actor.MINISTRY_PENZA).body(Map.of("municipalityId", place.id(), "code", code,
                        "fullName", "Муниципальное бюджетное общеобразовательное учреждение «Оценочная школа № " + n + "»",
                        "shortName", "Оценочная школа № " + n, "address", "Пензенская обл., " + place.name(),
                        "settlementType", "RURAL", "levels", List.of("PRIMARY", "BASIC"),
                        "studentsCount", 120, "teachersCount", 14))
                .post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String category : categories) {
            Api.as(Actor.MINISTRY_PENZA).body(Map.of("year", year, "category", category,
                            "document", Map.of("number", "12-од", "date", year + "-01-20", "authority", "Министерство образования")))
                    .post("/api/v1/schools/{id}/categories", id).then().statusCode(201);
        }
        return new School(id, code);
    }

    public record School(long id, String code) {
        public RequestSpecification user() {
            return as("school." + code, "school", "SCHOOL", code);
        }
    }

    /** A roadmap of direction 1.2 for {@link #YEAR} and its items. */
    public record Roadmap(long id, List<Long> items) {
    }

    /**
     * A draft roadmap of the municipality for 2025 with {@code windowed} items in March 2025 and {@code whole} items of
     * the whole period.
     */
    public static Roadmap draft(Place place, int windowed, int whole) {
        Map<String, Object> heading = Roadmaps.heading("Дорожная карта " + place.name());
        heading.put("yearFrom", YEAR);
        heading.put("yearTo", YEAR);
        long id = place.user().body(heading).post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        long section = place.user().body(Map.of("title", "1. Организационный блок"))
                .post("/api/v1/roadmaps/{id}/sections", id).then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> items = new ArrayList<>();
        for (int i = 1; i <= windowed + whole; i++) {
            Map<String, Object> item = i <= windowed
                    ? Roadmaps.item(section, "1." + i, YEAR + "-03-01", YEAR + "-03-31")
                    : Roadmaps.item(section, "1." + i, null, null);
            items.add(place.user().body(item).post("/api/v1/roadmaps/{id}/items", id).then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        return new Roadmap(id, items);
    }

    public static void transition(Place place, long roadmapId, String action) {
        long version = place.user().get("/api/v1/roadmaps/{id}", roadmapId).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(Map.of("action", action, "version", version));
        if (action.equals("APPROVE")) {
            body.put("document", Roadmaps.document());
        }
        place.user().body(body).post("/api/v1/roadmaps/{id}/transitions", roadmapId).then().statusCode(200);
    }

    /** An approved roadmap in execution. */
    public static Roadmap executing(Place place, int windowed, int whole) {
        Roadmap roadmap = draft(place, windowed, whole);
        transition(place, roadmap.id(), "APPROVE");
        transition(place, roadmap.id(), "START");
        return roadmap;
    }

    /** An item's report for the period: done (with {@code links} evidence links) or not done with a reason. */
    public static void report(Place place, long roadmapId, String period, long item, boolean done, int links) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", done ? "DONE" : "NOT_DONE");
        body.put("doneText", done ? "Проведено" : null);
        body.put("reason", done ? null : "Перенесено из-за карантина");
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            evidence.add(Map.of("url", "https://edu.example.ru/news/" + item + "-" + i, "title", "Публикация " + i));
        }
        body.put("evidence", evidence);
        place.user().body(body).put("/api/v1/roadmaps/{id}/reports/{p}/items/{i}", roadmapId, period, item)
                .then().statusCode(200);
    }

    public static void submit(Place place, long roadmapId, String period) {
        long version = place.user().get("/api/v1/roadmaps/{id}/reports/{p}", roadmapId, period).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        place.user().body(Map.of("version", version))
                .post("/api/v1/roadmaps/{id}/reports/{p}/submission", roadmapId, period).then().statusCode(200);
    }

    public static void accept(long roadmapId, String period) {
        long version = Api.as(Actor.MINISTRY_PENZA).get("/api/v1/roadmaps/{id}/reports/{p}", roadmapId, period).then()
                .statusCode(200).extract().jsonPath().getLong("version");
        Api.as(Actor.MINISTRY_PENZA).body(Map.of("decision", "ACCEPT", "version", version))
                .post("/api/v1/roadmaps/{id}/reports/{p}/review", roadmapId, period).then().statusCode(200);
    }

    /**
     * A roadmap in execution with {@code items} items in March 2025, reported in 2025-Q1: the first {@code done} done,
     * the first {@code withLinks} of those with a link, the rest not done; submitted and accepted by the ministry.
     */
    public static Roadmap reported(Place place, int items, int done, int withLinks) {
        Roadmap roadmap = executing(place, items, 0);
        for (int i = 0; i < items; i++) {
            report(place, roadmap.id(), YEAR + "-Q1", roadmap.items().get(i), i < done, i < withLinks ? 1 : 0);
        }
        submit(place, roadmap.id(), YEAR + "-Q1");
        accept(roadmap.id(), YEAR + "-Q1");
        return roadmap;
    }

    /** The municipality's card for the year as the ministry of Penza reads it. */
    public static JsonPath card(Place place, int year) {
        return Api.as(Actor.MINISTRY_PENZA).get(place.card() + year).then().statusCode(200).extract().jsonPath();
    }

    /** A criterion of the card: mark, computed, expert, reviewNeeded … */
    public static Map<String, Object> criterion(JsonPath card, String criterion) {
        return card.getMap("criteria.find { it.criterion == '" + criterion + "' }");
    }

    /**
     * Rows of the support feature written straight into the tables, with the dates a test needs (the API dates them
     * today): the scorecard only reads them.
     */
    public static long sql(String statement, Object... parameters) {
        try (java.sql.Connection c = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class).get()
                .getConnection();
             java.sql.PreparedStatement s = c.prepareStatement(statement, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
            try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A methodological event of the municipality held on the day, for the schools, categories and municipalities named
     * (JSON arrays) and with the attendance given (JSON), published or not.
     */
    public static long event(Place place, String heldOn, String schools, String categories, String municipalities,
                             String attendance, boolean published) {
        return sql("insert into method_event (owner_type, region_id, municipality_id, kind, held_on, organiser_name, topic,"
                + " audience_school_ids, audience_categories, audience_municipality_ids, attendance, publication_url,"
                + " created_by, updated_by) values ('MUNICIPALITY', ?, ?, 'SEMINAR', cast(? as date), 'Управление образования',"
                + " 'Семинар для ШНОР', cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, 'test', 'test')",
                Api.regionId("58"), place.id(), heldOn, schools, categories, municipalities, attendance,
                published ? "https://edu.example.ru/news/seminar" : null);
    }

    /** An event the school itself organised in the place's municipality, with no audience named. */
    public static long schoolEvent(Place place, School school, String heldOn) {
        return sql("insert into method_event (owner_type, region_id, municipality_id, school_id, kind, held_on, organiser_name,"
                + " topic, created_by, updated_by) values ('SCHOOL', ?, ?, ?, 'MASTER_CLASS', cast(? as date), 'Школа',"
                + " 'Открытый урок', 'test', 'test')", Api.regionId("58"), place.id(), school.id(), heldOn);
    }

    /** A region-wide event of the ministry for the categories (JSON) in the municipalities (JSON). */
    public static long regionEvent(String heldOn, String categories, String municipalities) {
        return sql("insert into method_event (owner_type, region_id, kind, held_on, organiser_name, topic,"
                + " audience_categories, audience_municipality_ids, created_by, updated_by) values ('REGION', ?, 'WEBINAR',"
                + " cast(? as date), 'ИРР ПО', 'Вебинар для ШНОР', cast(? as jsonb), cast(? as jsonb), 'test', 'test')",
                Api.regionId("58"), heldOn, categories, municipalities);
    }

    /** A curator's visit to the school on the day, held or only planned. */
    public static long visit(School school, String on, boolean held) {
        return sql("insert into curator_visit (region_id, school_id, curator_username, curator_name, visit_on, purpose,"
                + " status, findings, created_by, updated_by) values (?, ?, 'curator.penza1', 'Куратор', cast(? as date),"
                + " 'Анализ результатов', ?, ?, 'test', 'test')", Api.regionId("58"), school.id(), on,
                held ? "HELD" : "PLANNED", held ? "План повышения качества исполняется" : null);
    }

    /** The leader school supports the other in the year. */
    public static long pair(School leader, School supported, int year) {
        return sql("insert into partner_pair (region_id, year, leader_school_id, supported_school_id, created_by, updated_by)"
                + " values (?, ?, ?, ?, 'test', 'test')", Api.regionId("58"), year, leader.id(), supported.id());
    }

    /** A recommendation of the municipality to the school, issued and due on the days, in the status given. */
    public static long recommendation(Place place, School school, String issuedOn, String dueOn, String status) {
        return sql("insert into recommendation (region_id, issuer_type, issuer_id, issuer_name, issued_by, addressee_type,"
                + " addressee_id, municipality_id, school_id, text, basis_kind, issued_on, due_on, status, answer, done_text,"
                + " updated_by) values (?, 'MUNICIPALITY', ?, 'Управление образования', 'test', 'SCHOOL', ?, ?, ?,"
                + " 'Проанализировать причины низких результатов ВПР', 'MONITORING', cast(? as date), cast(? as date), ?, ?, ?,"
                + " 'test')", Api.regionId("58"), place.id(), school.id(), place.id(), school.id(), issuedOn, dueOn, status,
                status.equals("ISSUED") || status.equals("WITHDRAWN") ? null : "Причины проанализированы",
                status.equals("DONE") ? "План исправления утверждён" : null);
    }

    /** A whole-school value of the common catalogue's indicator for the year, in the status given. */
    public static void value(Place place, School school, String indicator, int year, String value, String status) {
        sql("insert into indicator_value (indicator_id, region_id, disaggregation_id, period, school_id, municipality_id,"
                + " year, num_value, status, origin, created_at, created_by, updated_at, updated_by)"
                + " values ((select id from indicator where code = ? and region_id is null), ?, 0, ?, ?, ?, ?,"
                + " cast(? as numeric), ?, 'IMPORT', now(), 'test', now(), 'test')",
                indicator, Api.regionId("58"), Integer.toString(year), school.id(), place.id(), year, value, status);
    }

    /** A collection campaign of the municipality for the year with a form per school in the status given. */
    public static long campaign(Place place, int year, String status, Map<School, String> forms) {
        long id = sql("insert into collection_campaign (region_id, municipality_id, name, period, year, opens_on, deadline,"
                + " status, target_rule, created_by, updated_by) values (?, ?, 'Сбор данных', ?, ?, cast(? as date),"
                + " cast(? as date), ?, '{}', 'test', 'test')", Api.regionId("58"), place.id(), Integer.toString(year), year,
                year + "-09-01", year + "-09-30", status);
        forms.forEach((school, form) -> sql("insert into campaign_form (campaign_id, school_id, municipality_id, status,"
                + " updated_by) values (?, ?, ?, ?, 'test')", id, school.id(), place.id(), form));
        return id;
    }
}
