package ru.opora.school;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.opora.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;

/** The school registry as each role sees it: scope, filters, search, sorting and paging over the demo data. */
@QuarkusTest
class SchoolRegistryTest {

    private static List<String> municipalitiesOf(Actor actor) {
        return as(actor).queryParam("size", 100).get("/api/v1/schools").then().statusCode(200)
                .extract().jsonPath().getList("items.municipalityName");
    }

    @Test
    void eachRoleSeesExactlyItsScope() {
        List<String> ministry = municipalitiesOf(Actor.MINISTRY_PENZA);
        assertTrue(ministry.containsAll(List.of("Никольский район", "Каменский район", "г. Кузнецк")));
        assertTrue(ministry.stream().noneMatch(name -> name.contains("Балашов")));

        assertTrue(municipalitiesOf(Actor.MO_NIKOLSK).stream().allMatch("Никольский район"::equals));
        assertTrue(municipalitiesOf(Actor.MO_BALASHOV).stream().allMatch("Балашовский муниципальный район"::equals));

        as(Actor.SCHOOL_NIKOLSK1).get("/api/v1/schools").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.shortName", contains("МБОУ СОШ № 1 г. Никольска"));
    }

    @Test
    void municipalityFilterOutsideTheScopeFindsNothing() {
        long kamenka = Api.municipalityId("56629000");
        as(Actor.MO_NIKOLSK).queryParam("municipalityId", kamenka).get("/api/v1/schools").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void textSearchIgnoresCaseAndYo() {
        as(Actor.MINISTRY_PENZA).queryParam("q", "никольска").get("/api/v1/schools").then().statusCode(200)
                .body("items.shortName", hasItem("МБОУ СОШ № 1 г. Никольска"))
                .body("items.municipalityName", everyItem(equalTo("Никольский район")));
        as(Actor.MINISTRY_PENZA).queryParam("q", "КЕВДО").get("/api/v1/schools").then().statusCode(200)
                .body("items.shortName", contains("МБОУ СОШ с. Кевдо-Вершина"));
        // «Сахалинская» data has none; Свердловская is another region: search never leaves the scope.
        as(Actor.MINISTRY_PENZA).queryParam("q", "Средняя школа № 3").get("/api/v1/schools").then().statusCode(200)
                .body("total", equalTo(0));
        // Wildcards are taken literally.
        as(Actor.MINISTRY_PENZA).queryParam("q", "%").get("/api/v1/schools").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void searchTreatsYoAsYe() {
        long nikolsk = Api.municipalityId("56651000");
        as(Actor.MINISTRY_PENZA).body(Map.of("municipalityId", nikolsk, "code", "5818009901",
                        "fullName", "МБОУ ООШ с. Дёмино", "shortName", "МБОУ ООШ с. Дёмино",
                        "address", "Пензенская обл., Никольский р-н, с. Дёмино", "settlementType", "RURAL",
                        "levels", List.of("PRIMARY"), "studentsCount", 12, "teachersCount", 4))
                .post("/api/v1/schools").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/schools/"
                        + Api.schoolId("5818009901")));
        as(Actor.MINISTRY_PENZA).queryParam("q", "демино").get("/api/v1/schools").then().statusCode(200)
                .body("items.shortName", contains("МБОУ ООШ с. Дёмино"));
    }

    @Test
    void categoryFilterUsesTheYear() {
        as(Actor.MINISTRY_PENZA).queryParam("category", "LEADER").queryParam("year", 2025)
                .get("/api/v1/schools").then().statusCode(200)
                .body("items.shortName", contains("МБОУ СОШ № 2 г. Никольска"))
                .body("year", equalTo(2025))
                .body("items[0].categories", contains("LEADER"));
        as(Actor.MINISTRY_PENZA).queryParam("category", "SHNOR").queryParam("year", 2026)
                .queryParam("settlementType", "RURAL").get("/api/v1/schools").then().statusCode(200)
                .body("items.shortName", containsInAnyOrder("МБОУ ООШ с. Ильмино", "МБОУ СОШ с. Кевдо-Вершина",
                        "МБОУ СОШ с. Рамзай"));
        // A revoked category no longer counts.
        as(Actor.MINISTRY_PENZA).queryParam("category", "NON_OBJECTIVE_RESULTS").queryParam("year", 2024)
                .get("/api/v1/schools").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void levelFilter() {
        as(Actor.MINISTRY_PENZA).queryParam("level", "SECONDARY").queryParam("size", 100)
                .get("/api/v1/schools").then().statusCode(200)
                .body("items.shortName", not(hasItem("МБОУ ООШ с. Ильмино")))
                .body("items.levels", everyItem(hasItem("SECONDARY")));
    }

    @Test
    void sortingAndPagingAreStable() {
        List<Integer> counts = as(Actor.MINISTRY_PENZA).queryParam("sort", "-studentsCount").queryParam("size", 100)
                .get("/api/v1/schools").then().statusCode(200).extract().jsonPath().getList("items.studentsCount");
        List<Integer> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, counts);

        long total = as(Actor.MINISTRY_PENZA).get("/api/v1/schools").then().extract().jsonPath().getLong("total");
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= (total + 4) / 5; page++) {
            paged.addAll(as(Actor.MINISTRY_PENZA).queryParam("sort", "municipality").queryParam("size", 5)
                    .queryParam("page", page).get("/api/v1/schools").then().statusCode(200)
                    .body("page", equalTo(page)).body("total", equalTo((int) total))
                    .extract().jsonPath().getList("items.code"));
        }
        List<String> whole = as(Actor.MINISTRY_PENZA).queryParam("sort", "municipality").queryParam("size", 100)
                .get("/api/v1/schools").then().extract().jsonPath().getList("items.code");
        assertEquals(whole, paged);
        assertEquals(total, paged.size());
    }

    @Test
    void schoolCardShowsCategoryHistoryNewestFirst() {
        long id = Api.schoolId("5818003401");
        as(Actor.SCHOOL_NIKOLSK1).get("/api/v1/schools/{id}", id).then().statusCode(200)
                .body("municipality.name", equalTo("Никольский район"))
                .body("region.name", equalTo("Пензенская область"))
                .body("levels", containsInAnyOrder("PRIMARY", "BASIC", "SECONDARY"))
                .body("categories.find { it.category == 'NON_OBJECTIVE_RESULTS' }.active", equalTo(false))
                .body("categories.find { it.category == 'NON_OBJECTIVE_RESULTS' }.revocationReason",
                        org.hamcrest.Matchers.containsString("не подтвердила"))
                .body("categories.find { it.year == 2025 && it.category == 'SHNOR' }.document.number",
                        equalTo("95/01-07"));
        List<Integer> years = as(Actor.SCHOOL_NIKOLSK1).get("/api/v1/schools/{id}/categories", id).then()
                .extract().jsonPath().getList("year");
        List<Integer> newestFirst = new ArrayList<>(years);
        newestFirst.sort(Comparator.reverseOrder());
        assertEquals(newestFirst, years);
    }

    @Test
    void municipalityEditsItsOwnSchoolAndTheChangeIsKept() {
        long id = Api.schoolId("5818003412");
        Map<String, Object> update = Api.schoolUpdate(id);
        update.put("teachersCount", 45);
        update.put("address", "442680, Пензенская обл., г. Никольск, ул. Белинского, д. 14");
        as(Actor.MO_NIKOLSK).body(update).put("/api/v1/schools/{id}", id).then().statusCode(200)
                .body("teachersCount", equalTo(45))
                .body("updatedBy", equalTo("mo.nikolsk"))
                .body("version", equalTo(((Integer) update.get("version")) + 1));
        assertEquals(45, Api.school(id).get("teachersCount"));

        // The audit trail names who changed what; the school itself may read it.
        as(Actor.SCHOOL_NIKOLSK1).get("/api/v1/schools/{id}/history", Api.schoolId("5818003401")).then()
                .statusCode(200).body("[-1].kind", equalTo("CREATED")).body("[-1].changedBy", equalTo("demo-data"));
        as(Actor.MINISTRY_PENZA).get("/api/v1/schools/{id}/history", id).then().statusCode(200)
                .body("[0].kind", equalTo("UPDATED"))
                .body("[0].changedBy", equalTo("mo.nikolsk"))
                .body("[0].changes.field", containsInAnyOrder("teachersCount", "address"))
                .body("[0].changes.find { it.field == 'teachersCount' }.before", equalTo("41"))
                .body("[0].changes.find { it.field == 'teachersCount' }.after", equalTo("45"))
                .body("[-1].kind", equalTo("CREATED"))
                .body("[-1].changes.field", hasItem("shortName"));
    }
}
