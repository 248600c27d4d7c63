package ru.opora.support;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.opora.region.RegionService;

/**
 * A small region of its own for identification tests, so that nothing else in the test database touches its lists:
 * «Тестовая область» (code 97) with one municipality and ten schools S1…S10, made through the services and the API
 * as the region's ministry would, with accepted values of 2045–2047 loaded by one import.
 *
 * <p>The values (share of «2» in ВПР, grade 4, by subject; participants in brackets) and the list of 2047:
 * <pre>
 *        2045          2046                      2047                        ШНОР 2047
 * S1     —             MATH 35 (20)              MATH 31 (20)
 * S2     —             MATH 30 (20)              RUS 30 (20)
 * S3     —             MATH 29.99 (20)           MATH 45 (20)
 * S4     MATH 40 (20)  MATH 10 (20)              MATH 40 (20)                yes
 * S5     —             MATH 50 (8), RUS 5 (30)   MATH 50 (25)
 * S6     —             MATH 40 (20)              —
 * S7     MATH 45 (20)  —                         —
 * S8     —             —                         MATH 10 (20), RUS 50 (20) submitted, not accepted
 * S9     —             RUS 33 (15)               RUS 36 (15), MATH 15 (15)   yes
 * S10    —             MATH 20 (20)              MATH 12 (20)                yes
 * </pre>
 */
public final class Identification {

    public static final String REGION_CODE = "97";
    public static final String OKTMO = "97701000";
    /** The year of the list; the rules read 2045–2047. */
    public static final int YEAR = 2048;
    private static final String BEARER = "Bearer " + Actor.token(Actor.token("ministry.test97", List.of("ministry"), "REGION", REGION_CODE));

    private static Fixture fixture;

    private Identification() {
    }

    /** The region's schools by name (S1…S10) and ids. */
    public record Fixture(long regionId, long municipalityId, Map<String, Long> schools) {
        public long school(String name) {
            return schools.get(name);
        }

        public String name(long schoolId) {
            return schools.entrySet().stream().filter(e -> e.getValue() == schoolId).map(Map.Entry::getKey).findFirst()
                    .orElse("?" + schoolId);
        }
    }

    /** A request as a user of the test region: its municipality (by OKTMO) or one of its schools (by code). */
    public static RequestSpecification as(String role, String orgType, String orgCode) {
        String bearer = "Bearer " + Actor.token(Actor.token(role + "." + orgCode, List.of(role), orgType, orgCode));
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", bearer);
    }

    public static String bearer() {
        return BEARER;
    }

    /** A request as the ministry of the test region. */
    public static RequestSpecification ministry() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", BEARER);
    }

    public static String code(int n) {
        return String.format("97700000%02d", n);
    }

    public static synchronized Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        long region = Arc.container().instance(RegionService.class).get()
                .create(REGION_CODE, "Тестовая область", "Министерство образования Тестовой области").id;
        long municipality = ministry().body(Map.of("oktmo", OKTMO, "name", "Тестовый район", "kind", "MUNICIPAL_DISTRICT"))
                .post("/api/v1/regions/{id}/municipalities", region).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Long> schools = new LinkedHashMap<>();
        for (int n = 1; n <= 10; n++) {
            Map<String, Object> body = new HashMap<>(Map.of("municipalityId", municipality, "code", code(n),
                    "fullName", "Муниципальное бюджетное общеобразовательное учреждение «Тестовая школа S" + n + "»",
                    "shortName", "Тестовая школа S" + n, "address", "Тестовая область, с. Тестовое, ул. Школьная, " + n,
                    "settlementType", "RURAL", "levels", List.of("PRIMARY", "BASIC"), "studentsCount", 150, "teachersCount", 15));
            schools.put("S" + n, ministry().body(body).post("/api/v1/schools").then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        String csv = "school_code;indicator_code;period;subject;grade;value\n"
                + values(4, 2045, "MATH", "40", 20) + values(7, 2045, "MATH", "45", 20)
                + values(1, 2046, "MATH", "35", 20) + values(1, 2047, "MATH", "31", 20)
                + values(2, 2046, "MATH", "30", 20) + values(2, 2047, "RUS", "30", 20)
                + values(3, 2046, "MATH", "29.99", 20) + values(3, 2047, "MATH", "45", 20)
                + values(4, 2046, "MATH", "10", 20) + values(4, 2047, "MATH", "40", 20)
                + values(5, 2046, "MATH", "50", 8) + values(5, 2046, "RUS", "5", 30) + values(5, 2047, "MATH", "50", 25)
                + values(6, 2046, "MATH", "40", 20)
                + values(8, 2047, "MATH", "10", 20) + values(8, 2047, "RUS", "50", 20)
                + values(9, 2046, "RUS", "33", 15) + values(9, 2047, "RUS", "36", 15) + values(9, 2047, "MATH", "15", 15)
                + values(10, 2046, "MATH", "20", 20) + values(10, 2047, "MATH", "12", 20);
        importValues(csv);
        // A value that is not accepted does not count: S8's Russian of 2047 waits for the municipality's review.
        try (java.sql.Connection c = Arc.container().instance(io.agroal.api.AgroalDataSource.class).get().getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("update indicator_value set status = 'SUBMITTED'"
                     + " where indicator_id = (select id from indicator where code = 'VPR_MARK_2') and region_id = ?"
                     + " and disaggregation_id = (select id from disaggregation where key = 'GRADE=4;SUBJECT=RUS')"
                     + " and period = '2047' and school_id = ?")) {
            s.setLong(1, region);
            s.setLong(2, schools.get("S8"));
            if (s.executeUpdate() != 1) {
                throw new AssertionError("S8's value of 2047 was not found");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        for (String name : List.of("S4", "S9", "S10")) {
            ministry().body(Map.of("year", 2047, "category", "SHNOR", "document", Map.of("number", "12-о",
                            "date", "2047-01-15", "authority", "Министерство образования Тестовой области")))
                    .post("/api/v1/schools/{id}/categories", schools.get(name)).then().statusCode(201);
        }
        fixture = new Fixture(region, municipality, schools);
        return fixture;
    }

    /** Loads values as the ministry and waits for the job to finish. */
    public static void importValues(String csv) {
        var response = ministry().contentType("text/csv; charset=UTF-8").queryParam("dryRun", false)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/indicator-values/imports");
        JsonPath job = response.then().extract().jsonPath();
        long deadline = System.currentTimeMillis() + 60_000;
        while (List.of("QUEUED", "RUNNING").contains(job.getString("status")) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            job = ministry().get("/api/v1/indicator-values/imports/{id}", job.getLong("id")).then().statusCode(200)
                    .extract().jsonPath();
        }
        if (!"DONE".equals(job.getString("status"))) {
            throw new AssertionError("the test values were not imported: " + job.prettify());
        }
    }

    private static String values(int school, int year, String subject, String share, int participants) {
        return code(school) + ";VPR_MARK_2;" + year + ";" + subject + ";4;" + share + "\n"
                + code(school) + ";VPR_PARTICIPANTS;" + year + ";" + subject + ";4;" + participants + "\n";
    }

    /** A condition on the share of «2» in grade 4 mathematics and Russian, the test's usual rule. */
    public static Map<String, Object> condition(String comparison, Object threshold, int required, int window,
                                                Integer minParticipants, String missing) {
        Map<String, Object> c = new HashMap<>();
        c.put("indicatorId", Campaigns.indicatorId("VPR_MARK_2"));
        c.put("cuts", List.of("GRADE=4;SUBJECT=MATH", "GRADE=4;SUBJECT=RUS"));
        c.put("cutMatch", "ANY");
        c.put("minCuts", null);
        c.put("comparison", comparison);
        c.put("threshold", threshold);
        c.put("yearsRequired", required);
        c.put("yearsWindow", window);
        c.put("minParticipants", minParticipants);
        c.put("missingData", missing);
        return c;
    }

    public static Map<String, Object> rule(String label, Map<String, Object> condition) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("id", null);
        rule.put("label", label);
        rule.put("condition", condition);
        return rule;
    }

    public static Map<String, Object> group(String combination, Integer atLeast, List<Map<String, Object>> rules) {
        Map<String, Object> group = new HashMap<>();
        group.put("combination", combination);
        group.put("atLeast", atLeast);
        group.put("rules", new ArrayList<>(rules));
        return group;
    }

    /** A set of the test region's ministry for the list of {@link #YEAR}. */
    public static Map<String, Object> set(String name, Map<String, Object> entry, Map<String, Object> exit) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", YEAR);
        body.put("category", "SHNOR");
        body.put("name", name);
        body.put("note", null);
        body.put("entry", entry);
        body.put("exit", exit);
        body.put("version", null);
        return body;
    }

    /** The usual entry rule: ≥ 30 % of «2» in two years running, at least 10 participants, with the given missing-data meaning. */
    public static Map<String, Object> lowResults(String missing) {
        return group("ANY", null, List.of(rule("Доля «2» по ВПР", condition("GE", 30, 2, 2, 10, missing))));
    }
}
