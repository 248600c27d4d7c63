package ru.opora.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.opora.security.Caller;
import ru.opora.security.Role;
import ru.opora.support.Identification;

/**
 * The national benchmark's identification hook ({@link BenchmarkRun}) runs the same engine as the dry run: over the
 * test region it reads and finds exactly what the ministry's dry run shows, and over every region it reads at least
 * those schools. The benchmark itself (40,000 schools) runs only with {@code -Pbenchmark}.
 */
@QuarkusTest
class BenchmarkRunTest {

    @Inject
    BenchmarkRun runs;

    @Test
    void theBenchmarkRunFindsWhatTheDryRunShows() {
        Identification.Fixture data = Identification.fixture();
        long setId = Identification.ministry()
                .body(Identification.set("Набор бенчмарка", Identification.lowResults("FLAG"), null))
                .post("/api/v1/identification/criteria-sets").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath dryRun = Identification.ministry().get("/api/v1/identification/criteria-sets/{id}/dry-run", setId)
                .then().statusCode(200).extract().jsonPath();
        Caller ministry = new Caller("ministry.test97", "Министерство", Role.MINISTRY, data.regionId(),
                Identification.REGION_CODE, "Министерство образования Тестовой области", data.regionId(), null, null);

        BenchmarkRun.Timing region = runs.run(ministry, setId, Identification.REGION_CODE);
        assertEquals(10, region.schools());
        assertEquals(dryRun.getInt("evaluatedSchools"), region.schools());
        assertEquals(dryRun.getList("schools").size(), region.touched());
        assertEquals(dryRun.getInt("counts.proposed"), region.proposed());
        assertEquals(3, region.proposed());
        assertTrue(region.millis() >= 0);

        BenchmarkRun.Timing all = runs.run(ministry, setId, "all");
        assertTrue(all.schools() > region.schools(), "every region holds more schools than the test region: " + all);
        assertTrue(all.proposed() >= region.proposed(), all.toString());
    }

    @Test
    void anUnknownRegionCodeIsRefused() {
        Identification.Fixture data = Identification.fixture();
        long setId = Identification.ministry()
                .body(Identification.set("Набор бенчмарка", Identification.lowResults("NOT_MET"), null))
                .post("/api/v1/identification/criteria-sets").then().statusCode(201).extract().jsonPath().getLong("id");
        Caller ministry = new Caller("ministry.test97", "Министерство", Role.MINISTRY, data.regionId(),
                Identification.REGION_CODE, "Министерство образования Тестовой области", data.regionId(), null, null);
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> runs.run(ministry, setId, String.join(",", List.of(Identification.REGION_CODE, "XX"))));
        assertEquals("неизвестный код региона: XX", refused.getMessage());
    }
}
