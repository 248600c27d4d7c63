package ru.opora.region;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static ru.opora.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;

@QuarkusTest
class RegionResourceTest {

    @Test
    void everyRoleSeesOnlyItsOwnRegionWithCounts() {
        as(Actor.MINISTRY_SARATOV).get("/api/v1/regions").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].code", equalTo("64"))
                .body("[0].name", equalTo("Саратовская область"))
                .body("[0].municipalityCount", equalTo(2))
                .body("[0].schoolCount", equalTo(4));
        as(Actor.SCHOOL_KAMENKA1).get("/api/v1/regions").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].name", equalTo("Пензенская область"))
                .body("[0].municipalityCount", greaterThanOrEqualTo(11));
    }
}
