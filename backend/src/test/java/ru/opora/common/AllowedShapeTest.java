package ru.opora.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code allowed} has one shape in every view of the contract: a list of the resource's own action enum, named
 * {@code <Resource>Permission}, so that the SPA reads every view the same way and shows only what it names.
 */
class AllowedShapeTest {

    @Test
    void everyAllowedIsAListOfAPermissionEnum() throws Exception {
        JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(OpenApiContractTest.COMMITTED))
                .path("components").path("schemas");
        List<String> views = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : (Iterable<Map.Entry<String, JsonNode>>) schemas::fields) {
            JsonNode allowed = schema.getValue().path("properties").path("allowed");
            if (allowed.isMissingNode()) {
                continue;
            }
            views.add(schema.getKey());
            assertEquals("array", allowed.path("type").asText(), schema.getKey() + ".allowed is a list");
            String ref = allowed.path("items").path("$ref").asText();
            assertTrue(ref.startsWith("#/components/schemas/") && ref.endsWith("Permission"),
                    schema.getKey() + ".allowed lists a …Permission enum, not " + allowed.path("items"));
            JsonNode permission = schemas.path(ref.substring("#/components/schemas/".length()));
            assertEquals("string", permission.path("type").asText(), ref + " is a string enum");
            assertFalse(permission.path("enum").isEmpty(), ref + " names its actions");
            assertTrue(hasRequired(schema.getValue(), "allowed"), schema.getKey() + ".allowed is always sent");
        }
        assertTrue(views.containsAll(List.of("Roadmap", "RoadmapReport", "Campaign", "Form")),
                "the views with actions carry allowed: " + views);
    }

    private static boolean hasRequired(JsonNode schema, String property) {
        for (JsonNode name : schema.path("required")) {
            if (name.asText().equals(property)) {
                return true;
            }
        }
        return false;
    }
}
