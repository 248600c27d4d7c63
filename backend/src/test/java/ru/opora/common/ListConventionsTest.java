package ru.opora.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;
import ru.opora.support.Api;
import ru.opora.support.Campaigns;

/**
 * The conventions every list endpoint shares: pages are numbered from 1 (no page is the first, page 0 is a 400
 * naming «page»), and a search text is matched literally — {@code %} and {@code _} are not wildcards.
 */
@QuarkusTest
class ListConventionsTest {

    private static final String SCHOOLS = "/api/v1/schools";
    private static final String ROADMAPS = "/api/v1/roadmaps";
    private static final String FORMS = "/api/v1/campaigns/{c}/forms";
    private static final String IMPORTS = "/api/v1/indicator-values/imports";

    private static JsonPath page(Actor actor, String path, Map<String, ?> query, Object... pathParams) {
        return Api.as(actor).queryParams(query).get(path, pathParams).then().statusCode(200).extract().jsonPath();
    }

    /** Page 1 is the first page and the default; page 2 goes on after it; page 0 is refused. */
    private static void numberedFromOne(Actor actor, String path, String idField, Object... pathParams) {
        JsonPath whole = page(actor, path, Map.of("size", 1), pathParams);
        JsonPath first = page(actor, path, Map.of("page", 1, "size", 1), pathParams);
        assertEquals(1, whole.getInt("page"), path + " without page answers page 1");
        assertEquals(1, first.getInt("page"), path + " page 1");
        assertEquals(whole.getList("items." + idField), first.getList("items." + idField), path + " page 1 is the first");
        if (first.getLong("total") >= 2) {
            JsonPath second = page(actor, path, Map.of("page", 2, "size", 1), pathParams);
            assertEquals(2, second.getInt("page"));
            assertEquals(1, second.getList("items").size());
            assertNotEquals(first.getList("items." + idField), second.getList("items." + idField), path + " page 2 goes on");
        }
        Api.as(actor).queryParam("page", 0).get(path, pathParams).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        Api.as(actor).queryParam("page", -1).get(path, pathParams).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void schoolsArePagedFromOne() {
        numberedFromOne(Actor.MINISTRY_PENZA, SCHOOLS, "id");
    }

    @Test
    void roadmapsArePagedFromOne() {
        numberedFromOne(Actor.MINISTRY_PENZA, ROADMAPS, "id");
    }

    @Test
    void campaignFormsArePagedFromOne() {
        Campaigns.FormFixture fixture = Campaigns.fresh(Campaigns.Stage.OPEN);
        long total = page(Actor.MINISTRY_PENZA, FORMS, Map.of(), fixture.campaign()).getLong("total");
        assertTrue(total >= 2, "a campaign over Никольский район has forms of several schools");
        numberedFromOne(Actor.MINISTRY_PENZA, FORMS, "schoolId", fixture.campaign());
    }

    @Test
    void importJobsArePagedFromOne() {
        numberedFromOne(Actor.MINISTRY_PENZA, IMPORTS, "id");
    }

    @Test
    void wildcardsInSearchTextMatchOnlyThemselves() {
        Campaigns.FormFixture fixture = Campaigns.fresh(Campaigns.Stage.OPEN);
        for (String wildcard : List.of("%", "_", "%%", "\\")) {
            Api.as(Actor.MINISTRY_PENZA).queryParam("q", wildcard).get(FORMS, fixture.campaign()).then().statusCode(200)
                    .body("total", equalTo(0)).body("items", hasSize(0));
            Api.as(Actor.MINISTRY_PENZA).queryParam("q", wildcard).get(SCHOOLS).then().statusCode(200)
                    .body("total", equalTo(0));
            Api.as(Actor.MINISTRY_PENZA).queryParam("q", wildcard).get(ROADMAPS).then().statusCode(200)
                    .body("total", equalTo(0));
        }
        // The text itself still finds: a school's code, as the form list searches it.
        Api.as(Actor.MINISTRY_PENZA).queryParam("q", "5818003401").get(FORMS, fixture.campaign()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].schoolId", equalTo((int) fixture.school()));
    }
}
