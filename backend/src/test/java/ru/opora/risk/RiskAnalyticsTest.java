package ru.opora.risk;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.opora.support.Identification;
import ru.opora.support.RiskProfiles;

/** The region's picture: profiles of two years in the test region, counted into the heat map, trends and movement. */
@QuarkusTest
class RiskAnalyticsTest {

    private Identification.Fixture data;

    /** S3 says TEACHER_SHORTAGE is high in 2052 and medium in 2053; S5 says high in 2053; every other factor none. */
    private void profiles() {
        data = Identification.fixture();
        submit("S3", 3, 2052, "HIGH");
        submit("S3", 3, 2053, "MEDIUM");
        submit("S5", 5, 2053, "HIGH");
    }

    private void submit(String name, int n, int year, String shortage) {
        var school = Identification.as("school", "SCHOOL", Identification.code(n));
        JsonPath profile = school.get(RiskProfiles.PROFILE, data.school(name), year).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = RiskProfiles.everyFactor(profile, "NONE");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> levels = (List<Map<String, Object>>) body.get("levels");
        long factor = profile.getLong("factors.find { it.code == 'TEACHER_SHORTAGE' }.factorId");
        levels.replaceAll(l -> ((Number) l.get("factorId")).longValue() == factor ? new HashMap<>(Map.of("factorId", factor,
                "level", shortage)) : l);
        profile = Identification.as("school", "SCHOOL", Identification.code(n)).body(body)
                .put(RiskProfiles.PROFILE, data.school(name), year).then().statusCode(200).extract().jsonPath();
        Identification.as("school", "SCHOOL", Identification.code(n)).body(Map.of("version", profile.getLong("version")))
                .post(RiskProfiles.PROFILE + "/submission", data.school(name), year).then().statusCode(200);
    }

    @Test
    void heatMapTrendsAndMovementCountSubmittedProfiles() throws Exception {
        profiles();
        JsonPath a = Identification.ministry().queryParam("year", 2053).get("/api/v1/risk-analytics").then().statusCode(200)
                .body("fromYear", equalTo(2049)).body("profiles.started", equalTo(2)).body("profiles.submitted", equalTo(2))
                .extract().jsonPath();
        long shortage = a.getLong("factors.find { it.code == 'TEACHER_SHORTAGE' }.id");
        long municipality = data.municipalityId();
        String cell = "heatMap.find { it.municipalityId == " + municipality + " && it.factorId == " + shortage + " }";
        assertEquals(1, a.getInt(cell + ".high"));
        assertEquals(1, a.getInt(cell + ".medium"));
        assertEquals(0, a.getInt(cell + ".low"));
        assertEquals(1, a.getInt("trends.find { it.year == 2052 && it.factorId == " + shortage + " }.high"));
        assertEquals(1, a.getInt("trends.find { it.year == 2053 && it.factorId == " + shortage + " }.high"));
        // S3: shortage high → medium (improved), nine factors none → none (same); S5 has no profile of 2052.
        assertEquals(Map.of("municipalityId", (int) municipality, "improved", 1, "worsened", 0, "same", 9),
                a.getMap("movement.find { it.municipalityId == " + municipality + " }"));
        // The categories by municipality and year: the three ШНОР of 2047 of the fixture.
        Identification.ministry().queryParam("year", 2048).get("/api/v1/risk-analytics").then().statusCode(200)
                .body("categories.find { it.year == 2047 && it.category == 'SHNOR' }.schools", equalTo(3));
        // The same as a workbook.
        byte[] xlsx = Identification.ministry().accept("*/*").queryParam("year", 2053).get("/api/v1/risk-analytics/export")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var heat = book.getSheet("Высокий риск 2053");
            assertEquals("Тестовый район", heat.getRow(1).getCell(0).getStringCellValue());
            int column = 0;
            for (int c = 1; c < heat.getRow(0).getLastCellNum(); c++) {
                if (heat.getRow(0).getCell(c).getStringCellValue().equals("Дефицит педагогических кадров")) {
                    column = c;
                }
            }
            assertEquals(1.0, heat.getRow(1).getCell(column).getNumericCellValue());
        }
        Identification.ministry().queryParam("year", "две тысячи").get("/api/v1/risk-analytics").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Identification.as("school", "SCHOOL", Identification.code(1)).get("/api/v1/risk-analytics").then().statusCode(403);
    }
}
