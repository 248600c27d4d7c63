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

    /**
     * TEACHER_SHORTAGE as the schools say it: S3 high in 2052, medium in 2053; S6 medium, then high; S7 high both years;
     * S5 high in 2053 only. Every other factor none.
     */
    private void profiles() {
        data = Identification.fixture();
        submit("S3", 3, 2052, "HIGH");
        submit("S3", 3, 2053, "MEDIUM");
        submit("S5", 5, 2053, "HIGH");
        submit("S6", 6, 2052, "MEDIUM");
        submit("S6", 6, 2053, "HIGH");
        submit("S7", 7, 2052, "HIGH");
        submit("S7", 7, 2053, "HIGH");
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

    private static List<Object> row(org.apache.poi.ss.usermodel.Row row) {
        List<Object> values = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            values.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                    : cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void heatMapTrendsAndMovementCountSubmittedProfiles() throws Exception {
        profiles();
        JsonPath a = Identification.ministry().queryParam("year", 2053).get("/api/v1/risk-analytics").then().statusCode(200)
                .body("fromYear", equalTo(2049)).body("profiles.started", equalTo(4)).body("profiles.submitted", equalTo(4))
                .extract().jsonPath();
        long shortage = a.getLong("factors.find { it.code == 'TEACHER_SHORTAGE' }.id");
        long municipality = data.municipalityId();
        String cell = "heatMap.find { it.municipalityId == " + municipality + " && it.factorId == " + shortage + " }";
        assertEquals(3, a.getInt(cell + ".high"));
        assertEquals(1, a.getInt(cell + ".medium"));
        assertEquals(0, a.getInt(cell + ".low"));
        assertEquals(2, a.getInt("trends.find { it.year == 2052 && it.factorId == " + shortage + " }.high"));
        assertEquals(3, a.getInt("trends.find { it.year == 2053 && it.factorId == " + shortage + " }.high"));
        // Three schools with both years (S5 has no profile of 2052). Shortage: S3 high → medium (improved, and from high),
        // S6 medium → high (worsened), S7 high → high (same); nine other factors none → none at each: 27 same.
        assertEquals(Map.of("municipalityId", (int) municipality, "improved", 1, "worsened", 1, "same", 28, "highLowered", 1),
                a.getMap("movement.find { it.municipalityId == " + municipality + " }"));
        assertEquals(Map.of("improved", 1, "worsened", 1, "same", 28, "highLowered", 1), a.getMap("movementTotal"));
        assertEquals(Map.of("municipalityId", (int) municipality, "factorId", (int) shortage, "improved", 1, "worsened", 1,
                "same", 1, "highLowered", 1), a.getMap("factorMovement.find { it.municipalityId == " + municipality
                + " && it.factorId == " + shortage + " }"));
        Map<String, Object> regionShortage = new HashMap<>(Map.of("factorId", (int) shortage, "improved", 1, "worsened", 1,
                "same", 1, "highLowered", 1));
        regionShortage.put("municipalityId", null);
        assertEquals(regionShortage, a.getMap("factorMovement.find { it.municipalityId == null && it.factorId == " + shortage + " }"));
        long motivation = a.getLong("factors.find { it.code == 'LOW_MOTIVATION' }.id");
        assertEquals(3, a.getInt("factorMovement.find { it.municipalityId == null && it.factorId == " + motivation + " }.same"));
        assertEquals(2 * a.getList("factors").size(), a.getList("factorMovement").size());
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
            assertEquals(3.0, heat.getRow(1).getCell(column).getNumericCellValue());
            var movement = book.getSheet("Движение уровней");
            assertEquals(List.of("Тестовый район", "Все факторы", 1.0, 1.0, 28.0, 1.0), row(movement.getRow(1)));
            assertEquals(List.of("Итого по всем муниципалитетам", "Все факторы", 1.0, 1.0, 28.0, 1.0), row(movement.getRow(2)));
            boolean found = false;
            for (int r = 3; r <= movement.getLastRowNum(); r++) {
                if (row(movement.getRow(r)).equals(List.of("Итого по всем муниципалитетам", "Дефицит педагогических кадров",
                        1.0, 1.0, 1.0, 1.0))) {
                    found = true;
                }
            }
            assertEquals(true, found, "the region's row of the teacher shortage");
        }
        Identification.ministry().queryParam("year", "две тысячи").get("/api/v1/risk-analytics").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Identification.as("school", "SCHOOL", Identification.code(1)).get("/api/v1/risk-analytics").then().statusCode(403);
    }
}
