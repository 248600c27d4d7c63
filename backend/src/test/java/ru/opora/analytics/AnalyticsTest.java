package ru.opora.analytics;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static ru.opora.support.Actor.MINISTRY_PENZA;
import static ru.opora.support.Actor.MINISTRY_SARATOV;
import static ru.opora.support.Actor.MO_KAMENKA;
import static ru.opora.support.Actor.MO_NIKOLSK;
import static ru.opora.support.Actor.SCHOOL_NIKOLSK1;
import static ru.opora.support.Campaigns.FORM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/** Aggregates, dynamics and breakdowns computed from accepted values, checked against figures worked out by hand. */
@QuarkusTest
class AnalyticsTest {

    private static final String ANALYTICS = "/api/v1/analytics/indicators/{id}";
    private static boolean loaded;

    private int staffing;
    private long nikolsk1;
    private long nikolsk2;
    private long kamenka1;
    private long kamenka2;

    @BeforeEach
    void load() {
        staffing = Campaigns.indicatorId("STAFFING_RATE");
        nikolsk1 = Api.schoolId("5818003401");
        nikolsk2 = Api.schoolId("5818003412");
        kamenka1 = Api.schoolId("5802002110");
        kamenka2 = Api.schoolId("5802002222");
        if (loaded) {
            return;
        }
        loaded = true;
        String csv = "school_code;indicator_code;period;value\n"
                + "5818003401;STAFFING_RATE;2011;80\n5818003412;STAFFING_RATE;2011;90\n5802002110;STAFFING_RATE;2011;70\n"
                + "5818003401;STAFFING_RATE;2012;85\n5818003412;STAFFING_RATE;2012;88\n5802002110;STAFFING_RATE;2012;75\n"
                + "5802002222;STAFFING_RATE;2012;95\n"
                + "5818003401;TEACHERS_TRAINED;2012;10\n5818003401;TEACHERS_TOTAL;2012;40\n"
                + "5818003412;TEACHERS_TRAINED;2012;30\n5818003412;TEACHERS_TOTAL;2012;60\n"
                + "5818003401;VPR_NON_OBJECTIVE;2012;да\n5818003412;VPR_NON_OBJECTIVE;2012;нет\n"
                + "5802002110;VPR_NON_OBJECTIVE;2012;нет\n5802002222;VPR_NON_OBJECTIVE;2012;нет\n";
        Api.as(MINISTRY_PENZA).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/indicator-values/imports").then().statusCode(200).body("status", equalTo("DONE"));
        Api.as(MINISTRY_PENZA).body(Map.of("targets", List.of(Map.of("year", 2012, "value", 85)),
                        "version", Campaigns.targetsVersion(staffing)))
                .put("/api/v1/indicators/{id}/targets", staffing).then().statusCode(200);
    }

    private static int students(long school) {
        return ((Number) Api.school(school).get("studentsCount")).intValue();
    }

    private static float weighted(Map<Long, Integer> values) {
        long sum = 0;
        long weights = 0;
        for (Map.Entry<Long, Integer> e : values.entrySet()) {
            sum += (long) e.getValue() * students(e.getKey());
            weights += students(e.getKey());
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP).floatValue();
    }

    @Test
    void regionDynamicsIsWeightedByStudentsAndComparedWithTheTarget() {
        JsonPath dynamics = Api.as(MINISTRY_PENZA).get(ANALYTICS + "/dynamics", staffing).then().statusCode(200)
                .body("level", equalTo("REGION"))
                .body("aggregation", equalTo("STUDENT_WEIGHTED"))
                .body("unitName", equalTo("Пензенская область"))
                .extract().jsonPath();
        Map<String, Object> p2011 = dynamics.getMap("points.find { it.period == '2011' }");
        Map<String, Object> p2012 = dynamics.getMap("points.find { it.period == '2012' }");
        assertEquals(3, p2011.get("schools"));
        assertEquals(weighted(Map.of(nikolsk1, 80, nikolsk2, 90, kamenka1, 70)), ((Number) p2011.get("value")).floatValue());
        assertEquals(4, p2012.get("schools"));
        float value2012 = weighted(Map.of(nikolsk1, 85, nikolsk2, 88, kamenka1, 75, kamenka2, 95));
        assertEquals(value2012, ((Number) p2012.get("value")).floatValue());
        assertEquals(85, p2012.get("target"));
        boolean partial2012 = (Boolean) ((Map<?, ?>) p2012.get("coverage")).get("partial");
        assertEquals(partial2012 ? null : value2012 >= 85, p2012.get("attained"));
        assertNull(p2011.get("target"));

        // A municipality's and a school's own lines; another region's is not found.
        Api.as(MO_NIKOLSK).queryParam("level", "MUNICIPALITY").queryParam("unitId", Api.municipalityId("56651000"))
                .get(ANALYTICS + "/dynamics", staffing).then().statusCode(200)
                .body("points.find { it.period == '2012' }.value", equalTo(weighted(Map.of(nikolsk1, 85, nikolsk2, 88))));
        Api.as(SCHOOL_NIKOLSK1).queryParam("level", "SCHOOL").queryParam("unitId", nikolsk1)
                .get(ANALYTICS + "/dynamics", staffing).then().statusCode(200)
                .body("points.findAll { it.period == '2011' || it.period == '2012' }.value", equalTo(List.of(80, 85)));
        Api.as(SCHOOL_NIKOLSK1).queryParam("level", "SCHOOL").queryParam("unitId", nikolsk2)
                .get(ANALYTICS + "/dynamics", staffing).then().statusCode(404);
        Api.as(MINISTRY_SARATOV).queryParam("unitId", Api.regionId("58")).get(ANALYTICS + "/dynamics", staffing)
                .then().statusCode(404);
        Api.as(MO_KAMENKA).queryParam("level", "MUNICIPALITY").queryParam("unitId", Api.municipalityId("56651000"))
                .get(ANALYTICS + "/dynamics", staffing).then().statusCode(404);
        Api.as(MINISTRY_PENZA).queryParam("level", "COUNTRY").get(ANALYTICS + "/dynamics", staffing).then().statusCode(400)
                .body("errors.field", equalTo(List.of("level")));
    }

    @Test
    void anAggregateOfTooFewOfTheExpectedSchoolsIsPartialAndNotATrend() {
        JsonPath dynamics = Api.as(MINISTRY_PENZA).get(ANALYTICS + "/dynamics", staffing).then().statusCode(200)
                .body("sufficientCoverage", equalTo(0.8f)).extract().jsonPath();
        // No campaign asked for 2011: every school of the region that has ever reported it is expected
        // (at least the four of this test); three of them are 75 % at most, below 80 %.
        Map<String, Object> p2011 = dynamics.getMap("points.find { it.period == '2011' }.coverage");
        int expected = (Integer) p2011.get("expected");
        assertEquals(true, expected >= 4, "expected " + expected);
        assertEquals(Map.of("reported", 3, "expected", expected,
                "ratio", Math.round(3000f / expected) / 1000f, "partial", true), p2011);
        Map<String, Object> p2012 = dynamics.getMap("points.find { it.period == '2012' }");
        assertEquals(expected, ((Map<?, ?>) p2012.get("coverage")).get("expected"), "the same schools expected");
        assertEquals(4 < 0.8 * expected, ((Map<?, ?>) p2012.get("coverage")).get("partial"));
        assertNull(p2012.get("change"), "a change from a partial value is no trend");
        assertNull(p2012.get("improved"));
        List<Map<String, Object>> points = dynamics.getList("points");
        String lastSufficient = points.stream().filter(p -> !(Boolean) ((Map<?, ?>) p.get("coverage")).get("partial"))
                .map(p -> (String) p.get("period")).reduce((a, b) -> b).orElseThrow();
        assertEquals(lastSufficient, dynamics.getString("defaultPeriod"), "the breakdown opens on the last period with enough schools");

        // In Никольский район both schools reported both years: a full comparison, and the same verdicts as the schools'.
        JsonPath region = Api.as(MINISTRY_PENZA).queryParam("period", "2012").get(ANALYTICS + "/breakdown", staffing)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(region.getInt("schools"), region.getInt("coverage.reported"));
        assertEquals(true, region.getBoolean("previousCoverage.partial"));
        assertNull(region.get("change"), "the region's 2011 value is partial");
        Map<String, Object> kamenka = region.getMap("rows.find { it.name == 'Каменский район' }");
        Map<?, ?> kamenkaCoverage = (Map<?, ?>) kamenka.get("coverage");
        assertEquals(2, kamenkaCoverage.get("reported"));
        assertEquals(2 < 0.8 * (Integer) kamenkaCoverage.get("expected"), kamenkaCoverage.get("partial"));
        assertNull(kamenka.get("change"), "Каменский район had at most one school of two in 2011");
        List<Map<String, Object>> rows = region.getList("rows");
        for (Map<String, Object> row : rows) {
            if ((Boolean) ((Map<?, ?>) row.get("coverage")).get("partial")) {
                assertNull(row.get("attained"), row.get("name") + ": no verdict on a partial value");
                assertNull(row.get("improved"), row.get("name") + ": no trend from a partial value");
            }
        }
    }

    @Test
    void anUnchangedValueIsNeitherBetterNorWorse() {
        BigDecimal same = BigDecimal.valueOf(85);
        assertNull(AnalyticsService.improved(ru.opora.indicator.Better.HIGHER, same, new BigDecimal("85.00")));
        assertNull(AnalyticsService.improved(ru.opora.indicator.Better.LOWER, same, same));
        assertEquals(true, AnalyticsService.improved(ru.opora.indicator.Better.LOWER, BigDecimal.ONE, same));
        assertEquals(false, AnalyticsService.improved(ru.opora.indicator.Better.HIGHER, BigDecimal.ONE, same));
    }

    @Test
    void aBreakdownCountsTargetsPositiveDynamicsAndTheDistribution() {
        JsonPath region = Api.as(MINISTRY_PENZA).queryParam("period", "2012").get(ANALYTICS + "/breakdown", staffing)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, region.getInt("schools"));
        assertEquals(3, region.getInt("attained"), "85, 88 and 95 reach 85; 75 does not");
        assertEquals(3, region.getInt("comparable"));
        assertEquals(2, region.getInt("improved"), "80 → 85 and 70 → 75 improved; 90 → 88 did not");
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1, 2, 1), region.getList("distribution.schools"));
        assertEquals("70–80", region.getString("distribution[7].label"));
        Map<String, Object> nikolsk = region.getMap("rows.find { it.name == 'Никольский район' }");
        assertEquals(weighted(Map.of(nikolsk1, 85, nikolsk2, 88)), ((Number) nikolsk.get("value")).floatValue());
        assertEquals(weighted(Map.of(nikolsk1, 80, nikolsk2, 90)), ((Number) nikolsk.get("previousValue")).floatValue());
        assertEquals(11, region.getList("rows").size(), "every municipality of the region, with or without values");

        JsonPath schools = Api.as(MO_NIKOLSK).queryParam("period", "2012")
                .queryParam("municipalityId", Api.municipalityId("56651000"))
                .get(ANALYTICS + "/breakdown", staffing).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("МБОУ СОШ № 1 г. Никольска", "МБОУ СОШ № 2 г. Никольска"), schools.getList("rows.name"));
        assertEquals(List.of(5, -2), schools.getList("rows.change"));
        assertEquals(List.of(true, false), schools.getList("rows.improved"));
        Api.as(SCHOOL_NIKOLSK1).queryParam("period", "2012").queryParam("municipalityId", Api.municipalityId("56651000"))
                .get(ANALYTICS + "/breakdown", staffing).then().statusCode(403);
        Api.as(MINISTRY_PENZA).get(ANALYTICS + "/breakdown", staffing).then().statusCode(400)
                .body("errors.field", equalTo(List.of("period")));
    }

    @Test
    void sharesAreRatiosOfSumsAndYesNoIsAShareOfSchools() {
        Api.as(MINISTRY_PENZA).queryParam("period", "2012").get(ANALYTICS + "/breakdown", Campaigns.indicatorId("TEACHERS_TRAINED_SHARE"))
                .then().statusCode(200)
                .body("aggregation", equalTo("RATIO"))
                .body("value", equalTo(40)); // (10 + 30) / (40 + 60), not the mean of 25 % and 50 %
        Api.as(MINISTRY_PENZA).queryParam("period", "2012").get(ANALYTICS + "/breakdown", Campaigns.indicatorId("VPR_NON_OBJECTIVE"))
                .then().statusCode(200)
                .body("aggregation", equalTo("SHARE_OF_SCHOOLS"))
                .body("unit", equalTo("% школ"))
                .body("value", equalTo(25))
                .body("distribution.schools", equalTo(List.of(1, 3)));
    }

    @Test
    void aValueAcceptedAMomentAgoIsInTheNextAnswer() {
        long campaign = Campaigns.openInNikolsk("2013", List.of("STAFFING_RATE"));
        JsonPath form = Campaigns.form(SCHOOL_NIKOLSK1, campaign, nikolsk1);
        Map<String, Object> value = Campaigns.number(form, "STAFFING_RATE", 61);
        value.put("comment", "Два учителя уволились в августе"); // 85 → 61 is more than the 15 points allowed silently
        form = Api.as(SCHOOL_NIKOLSK1).body(Campaigns.values(value))
                .put(FORM + "/values", campaign, nikolsk1).then().statusCode(200).extract().jsonPath();
        form = Api.as(SCHOOL_NIKOLSK1).body(Map.of("version", form.getLong("version")))
                .post(FORM + "/submission", campaign, nikolsk1).then().statusCode(200).extract().jsonPath();
        int forms = Api.as(MINISTRY_PENZA).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                .extract().jsonPath().getInt("progress.expected");
        // Submitted but not yet accepted: not in the analysis.
        Api.as(MINISTRY_PENZA).get(ANALYTICS + "/dynamics", staffing).then().statusCode(200)
                .body("points.period", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("2013")));
        Api.as(MO_NIKOLSK).body(Map.of("decision", "ACCEPT", "version", form.getLong("version")))
                .post(FORM + "/review", campaign, nikolsk1).then().statusCode(200);
        Api.as(MINISTRY_PENZA).get(ANALYTICS + "/dynamics", staffing).then().statusCode(200)
                .body("points.find { it.period == '2013' }.value", equalTo(61))
                .body("points.find { it.period == '2013' }.schools", equalTo(1))
                // The campaign expects every school of Никольский район: one value is not the region's 2013.
                .body("points.find { it.period == '2013' }.coverage.expected", equalTo(forms))
                .body("points.find { it.period == '2013' }.coverage.partial", equalTo(true))
                .body("points.find { it.period == '2013' }.change", equalTo(null))
                .body("points.find { it.period == '2013' }.attained", equalTo(null));
        Api.as(MINISTRY_PENZA).queryParam("period", "2013").get(ANALYTICS + "/breakdown", staffing).then().statusCode(200)
                .body("coverage.reported", equalTo(1))
                .body("coverage.partial", equalTo(true))
                .body("valueAttained", equalTo(null))
                .body("rows.find { it.name == 'Никольский район' }.coverage.expected", equalTo(forms))
                .body("rows.find { it.name == 'Никольский район' }.change", equalTo(null));
    }

    @Test
    void theBreakdownTableExportsToXlsx() throws Exception {
        byte[] xlsx = Api.as(MINISTRY_PENZA).accept("*/*").queryParam("period", "2012")
                .get(ANALYTICS + "/breakdown/export", staffing).then().statusCode(200)
                // Named as people read it, in UTF-8 per RFC 6266/5987, transliterated in the plain fallback.
                .header("Content-Disposition", "attachment; filename=\"Ukomplektovannost_pedagogicheskimi_kadrami_Penzenskaia_oblast_2012_g.xlsx\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode("Укомплектованность педагогическими кадрами — Пензенская область, 2012 г.xlsx",
                        StandardCharsets.UTF_8).replace("+", "%20"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Укомплектованность педагогическими кадрами, %", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Пензенская область — 2012 г.", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Муниципалитет", sheet.getRow(4).getCell(0).getStringCellValue());
            boolean found = false;
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals("Каменский район")) {
                    assertEquals(2, (int) sheet.getRow(r).getCell(4).getNumericCellValue());
                    found = true;
                }
            }
            assertEquals(true, found);
        }
    }
}
