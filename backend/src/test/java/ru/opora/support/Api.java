package ru.opora.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** REST Assured shortcuts: requests as an actor, and lookups of demo organisations by their codes. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(Actor actor) {
        RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        String bearer = actor.bearer();
        return bearer == null ? request : request.header("Authorization", bearer);
    }

    /** A request without a JSON body type, for multipart uploads. */
    public static RequestSpecification uploadAs(Actor actor) {
        // File names travel as UTF-8, as browsers send them.
        RequestSpecification request = given().accept(ContentType.JSON).config(RestAssured.config().multiPartConfig(
                        MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)));
        String bearer = actor.bearer();
        return bearer == null ? request : request.header("Authorization", bearer);
    }

    public static long regionId(String code) {
        Actor ministry = code.equals("64") ? Actor.MINISTRY_SARATOV : Actor.MINISTRY_PENZA;
        return as(ministry).get("/api/v1/regions").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.code == '" + code + "' }.id");
    }

    public static long municipalityId(String oktmo) {
        Actor ministry = oktmo.startsWith("63") ? Actor.MINISTRY_SARATOV : Actor.MINISTRY_PENZA;
        long region = regionId(oktmo.startsWith("63") ? "64" : "58");
        return as(ministry).get("/api/v1/regions/{id}/municipalities", region).then().statusCode(200)
                .extract().jsonPath().getLong("find { it.oktmo == '" + oktmo + "' }.id");
    }

    public static long schoolId(String code) {
        Actor ministry = code.startsWith("64") ? Actor.MINISTRY_SARATOV : Actor.MINISTRY_PENZA;
        return as(ministry).queryParam("q", code).get("/api/v1/schools").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    public static Map<String, Object> school(long id) {
        return as(Actor.MINISTRY_PENZA).get("/api/v1/schools/{id}", id).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    /** A valid update body for the school as it is now (current version). */
    public static Map<String, Object> schoolUpdate(long id) {
        Map<String, Object> school = school(id);
        return new java.util.HashMap<>(Map.of(
                "code", school.get("code"),
                "fullName", school.get("fullName"),
                "shortName", school.get("shortName"),
                "address", school.get("address"),
                "settlementType", school.get("settlementType"),
                "levels", school.get("levels"),
                "studentsCount", school.get("studentsCount"),
                "teachersCount", school.get("teachersCount"),
                "version", school.get("version")));
    }

    public static List<String> names(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("shortName")).toList();
    }
}
