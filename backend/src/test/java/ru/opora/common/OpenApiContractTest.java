package ru.opora.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi.yaml} is the contract other systems and the SPA are built from:
 * it must equal what the code generates. Run with {@code -Dopenapi.write=true} to refresh it.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of(System.getProperty("repo.root", ".."), "openapi.yaml");

    static String generated() {
        return given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void committedContractEqualsTheGeneratedOne() throws IOException {
        String generated = generated();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi.yaml is missing at " + COMMITTED.toAbsolutePath());
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), generated,
                "openapi.yaml differs from the code. If the change is intended, run:"
                        + " ./mvnw -pl backend test -Dtest=OpenApiContractTest -Dopenapi.write=true");
    }

    @Test
    void everyOperationHasIdTagSummaryAndProblemAnswers() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(generated()).get("paths");
        List<String> defects = new ArrayList<>();
        List<String> operationIds = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (!operation.hasNonNull("operationId")) {
                defects.add(name + ": no operationId");
            } else {
                operationIds.add(operation.get("operationId").asText());
            }
            if (!operation.hasNonNull("tags") || operation.get("tags").isEmpty()) {
                defects.add(name + ": no tag");
            }
            if (!operation.hasNonNull("summary")) {
                defects.add(name + ": no summary");
            }
            for (String code : List.of("401", "403", "500")) {
                if (!operation.get("responses").has(code)) {
                    defects.add(name + ": no " + code + " answer");
                }
            }
        }));
        assertNotNull(paths);
        assertFalse(operationIds.isEmpty());
        assertEquals(List.of(), defects);
        assertEquals(operationIds.size(), operationIds.stream().distinct().count(), "operation ids repeat");
    }
}
