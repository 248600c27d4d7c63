package ru.opora.municipality;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.opora.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.opora.support.ContractValidation;
import ru.opora.support.Actor;
import ru.opora.support.Api;

@QuarkusTest
class MunicipalityResourceTest {

    @Test
    void ministryListsAllMunicipalitiesOfItsRegionWithSchoolCounts() {
        as(Actor.MINISTRY_PENZA).get("/api/v1/regions/{id}/municipalities", Api.regionId("58")).then()
                .statusCode(200)
                .body("name", hasItems("Никольский район", "Каменский район", "г. Кузнецк"))
                .body("find { it.oktmo == '56629000' }.schoolCount", equalTo(3))
                .body("find { it.oktmo == '56705000' }.kind", equalTo("URBAN_OKRUG"));
    }

    @Test
    void municipalityAndSchoolUsersListOnlyTheirOwnMunicipality() {
        long penza = Api.regionId("58");
        as(Actor.MO_KAMENKA).get("/api/v1/regions/{id}/municipalities", penza).then().statusCode(200)
                .body("name", contains("Каменский район"));
        as(Actor.SCHOOL_NIKOLSK1).get("/api/v1/regions/{id}/municipalities", penza).then().statusCode(200)
                .body("name", contains("Никольский район"));
    }

    @Test
    void createdMunicipalityIsReturnedWithItsLocation() {
        long penza = Api.regionId("58");
        as(Actor.MINISTRY_PENZA)
                .body(Map.of("oktmo", "56612000", "name", "Белинский район", "kind", "MUNICIPAL_DISTRICT"))
                .post("/api/v1/regions/{id}/municipalities", penza).then().statusCode(201)
                .header("Location", containsString("/api/v1/municipalities/"))
                .body("name", equalTo("Белинский район"))
                .body("schoolCount", equalTo(0))
                .body("version", equalTo(0));
    }

    @Test
    void oktmoAndNameMustBeFree() {
        long penza = Api.regionId("58");
        as(Actor.MINISTRY_PENZA)
                .body(Map.of("oktmo", "56651000", "name", "Другой район", "kind", "MUNICIPAL_DISTRICT"))
                .post("/api/v1/regions/{id}/municipalities", penza).then().statusCode(409)
                .body("detail", containsString("Никольский район"));
        as(Actor.MINISTRY_PENZA)
                .body(Map.of("oktmo", "56699000", "name", "никольский РАЙОН", "kind", "MUNICIPAL_DISTRICT"))
                .post("/api/v1/regions/{id}/municipalities", penza).then().statusCode(409);
    }

    @Test
    void oktmoMustHaveEightOrElevenDigits() {
        as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest())
                .body(Map.of("oktmo", "5665", "name", "Район", "kind", "MUNICIPAL_DISTRICT"))
                .post("/api/v1/regions/{id}/municipalities", Api.regionId("58")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("oktmo"))
                .body("errors[0].message", startsWith("код ОКТМО"));
        // English is the secondary language, chosen by the client.
        as(Actor.MINISTRY_PENZA).spec(ContractValidation.invalidRequest()).header("Accept-Language", "en")
                .body(Map.of("oktmo", "5665", "name", "Район", "kind", "MUNICIPAL_DISTRICT"))
                .post("/api/v1/regions/{id}/municipalities", Api.regionId("58")).then().statusCode(422)
                .body("errors[0].message", startsWith("OKTMO code must have"));
    }

    @Test
    void staleVersionIsRefusedAndChangesNothing() {
        long id = Api.municipalityId("56624000");
        Map<String, Object> current = as(Actor.MINISTRY_PENZA).get("/api/v1/municipalities/{id}", id).then()
                .extract().jsonPath().getMap("");
        as(Actor.MINISTRY_PENZA).body(Map.of("oktmo", "56624000", "name", "Земетчинский муниципальный район",
                        "kind", "MUNICIPAL_DISTRICT", "version", current.get("version")))
                .put("/api/v1/municipalities/{id}", id).then().statusCode(200)
                .body("name", equalTo("Земетчинский муниципальный район"));
        as(Actor.MINISTRY_PENZA).body(Map.of("oktmo", "56624000", "name", "Устаревшее имя",
                        "kind", "MUNICIPAL_DISTRICT", "version", current.get("version")))
                .put("/api/v1/municipalities/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:opora:problem:stale-version"));
        assertEquals("Земетчинский муниципальный район", as(Actor.MINISTRY_PENZA)
                .get("/api/v1/municipalities/{id}", id).then().extract().jsonPath().getString("name"));
    }
}
