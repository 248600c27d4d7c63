package ru.opora.me;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.opora.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.opora.support.Actor;

@QuarkusTest
class MeResourceTest {

    @Test
    void ministryUserGetsItsRegionAndAllPermissions() {
        as(Actor.MINISTRY_PENZA).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("ministry.penza"))
                .body("role", equalTo("MINISTRY"))
                .body("organisation.type", equalTo("REGION"))
                .body("organisation.code", equalTo("58"))
                .body("organisation.name", equalTo("Министерство образования Пензенской области"))
                .body("organisation.municipalityId", nullValue())
                .body("permissions", containsInAnyOrder("REGISTRY_READ", "MUNICIPALITY_MANAGE", "SCHOOL_CREATE",
                        "SCHOOL_EDIT", "SCHOOL_CATEGORY_MANAGE", "IDENTIFICATION_READ", "IDENTIFICATION_MANAGE",
                        "RISK_ANALYTICS_READ", "SUPPORT_READ", "CURATOR_WORK", "SCORECARD_READ",
                        "SCORECARD_REGION"));
    }

    @Test
    void municipalityUserGetsItsMunicipalityAndMayEditSchools() {
        as(Actor.MO_NIKOLSK).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("MUNICIPALITY"))
                .body("organisation.type", equalTo("MUNICIPALITY"))
                .body("organisation.name", equalTo("Никольский район"))
                .body("permissions", containsInAnyOrder("REGISTRY_READ", "SCHOOL_EDIT", "IDENTIFICATION_READ",
                        "RISK_PROFILE_REVIEW", "RISK_ANALYTICS_READ", "SUPPORT_READ", "SCORECARD_READ"));
    }

    @Test
    void schoolUserGetsItsSchoolAndMayOnlyRead() {
        as(Actor.SCHOOL_NIKOLSK1).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("SCHOOL"))
                .body("organisation.type", equalTo("SCHOOL"))
                .body("organisation.name", equalTo("МБОУ СОШ № 1 г. Никольска"))
                .body("permissions", containsInAnyOrder("REGISTRY_READ", "IDENTIFICATION_READ", "RISK_PROFILE_EDIT", "SUPPORT_READ"));
    }

    @Test
    void aCuratorIsBoundToTheRegionAndMayOnlyDoCuratorWork() {
        as(Actor.CURATOR_PENZA).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("CURATOR"))
                .body("organisation.type", equalTo("REGION"))
                .body("organisation.code", equalTo("58"))
                .body("permissions", containsInAnyOrder("CURATOR_WORK"));
    }

    @Test
    void theBenchmarkReferenceEndpointIsAbsentOutsideTheBenchmark() {
        // Only the benchmark stack starts the backend with opora.benchmark.reference=true.
        as(Actor.MINISTRY_PENZA).get("/api/v1/benchmark-reference").then().statusCode(404);
    }
}
