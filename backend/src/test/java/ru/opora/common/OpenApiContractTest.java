package ru.opora.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
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
 * it must equal what the code generates. SmallRye does not keep the order of keys stable between
 * starts, so both sides are compared in one canonical form (keys sorted), which is also what is
 * committed and what lands in {@code target/openapi/openapi.yaml}. Run with
 * {@code -Dopenapi.write=true} to refresh the committed file.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of(System.getProperty("repo.root", ".."), "openapi.yaml");

    static final Path GENERATED = Path.of("target", "openapi", "openapi.yaml");

    static String generated() {
        return given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    static String canonical(String yaml) throws IOException {
        ObjectMapper reader = new ObjectMapper(new YAMLFactory());
        ObjectMapper writer = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // A string that reads as a number ("58", "1.1") stays a string: unquoted it would be a number.
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build())
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        Object tree = reader.readValue(yaml, Object.class);
        return writer.writeValueAsString(tree);
    }

    @Test
    void committedContractEqualsTheGeneratedOne() throws IOException {
        String generated = canonical(generated());
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, generated, StandardCharsets.UTF_8);
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
