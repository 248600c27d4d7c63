package ru.opora.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every request and response of the REST Assured suite checked against the committed {@code openapi.yaml}:
 * the answered status must be declared for the operation, the media type of a body must be one the answer
 * declares, and a JSON body (request or response) must match its schema (JSON Schema 2020-12, as OpenAPI 3.1
 * says). A mismatch is an {@link AssertionError} in the test that sent the request.
 *
 * <p>Installed for every test by {@link ContractValidationCallback}. A request answered 400 or 422 is not
 * checked against the schema (the server refused it as input, as the contract says it should); any other
 * answer needs a request that matches. A negative test that expects another answer to an invalid request
 * marks it with {@link #invalidRequest()}: its request is not checked, its response still is. Paths outside the contract (Quarkus's /q/ endpoints) are not checked.
 */
public final class ContractValidation implements OrderedFilter {

    /** Marks a request as deliberately invalid; the filter removes it before the request is sent. */
    static final String INVALID_REQUEST = "X-Test-Invalid-Request";

    private static final ObjectMapper JSON = new ObjectMapper();

    static final ContractValidation INSTANCE = new ContractValidation(
            Path.of(System.getProperty("repo.root", ".."), "openapi.yaml"));

    private final JsonNode contract;
    private final String definitions;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private ContractValidation(Path file) {
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            definitions = JSON.writeValueAsString(contract.path("components").path("schemas"))
                    .replace("#/components/schemas/", "#/$defs/");
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml cannot be read at " + file.toAbsolutePath(), e);
        }
        contract.path("paths").fields().forEachRemaining(path -> routes.add(new Route(path.getKey(), path.getValue())));
        // A literal segment wins over a parameter: /roadmaps/import before /roadmaps/{id}.
        routes.sort(Comparator.comparingInt(Route::parameters).thenComparing(route -> -route.template.length()));
    }

    /** A request spec to merge into a deliberately invalid request: its response is still checked. */
    public static RequestSpecification invalidRequest() {
        return new RequestSpecBuilder().addHeader(INVALID_REQUEST, "true").build();
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        boolean checkRequest = !request.getHeaders().hasHeaderWithName(INVALID_REQUEST);
        request.removeHeader(INVALID_REQUEST);
        String path = URI.create(request.getURI()).getRawPath();
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        Route route = routes.stream().filter(candidate -> candidate.matches(path)).findFirst().orElse(null);
        JsonNode operation = route == null ? null : route.item.get(method);
        if (route == null || operation == null) {
            if (route != null && !path.startsWith("/q/")) {
                // The path is the contract's but the method is not: the answer must be 405, nothing else.
                Response response = context.next(request, responseSpec);
                check(response.statusCode() == 405, method.toUpperCase(Locale.ROOT) + " " + route.template
                        + " is not in the contract, but was answered " + response.statusCode());
                return response;
            }
            return context.next(request, responseSpec);
        }
        String name = operation.path("operationId").asText(method + " " + route.template);
        Response response = context.next(request, responseSpec);
        // A request the server refused as malformed or invalid may break the schema: that is what was refused.
        // One it accepted, or refused for scope, role or state, must match it.
        boolean refusedAsInput = response.statusCode() == 400 || response.statusCode() == 422;
        if (checkRequest && !refusedAsInput) {
            checkRequest(name, operation, request);
        }
        checkResponse(name, operation, response);
        return response;
    }

    private void checkRequest(String name, JsonNode operation, FilterableRequestSpecification request) {
        Object body = request.getBody();
        String type = mediaType(request.getContentType());
        if (body == null || type == null || !type.endsWith("json")) {
            return;
        }
        JsonNode media = operation.path("requestBody").path("content").path(type);
        check(!media.isMissingNode(), name + ": request body of type " + type + " is not declared");
        validate(name + " request", media.path("schema"), body instanceof String text ? text : body.toString());
    }

    private void checkResponse(String name, JsonNode operation, Response response) {
        String status = String.valueOf(response.statusCode());
        JsonNode answer = operation.path("responses").path(status);
        if (answer.isMissingNode()) {
            answer = operation.path("responses").path("default");
        }
        check(!answer.isMissingNode(), name + " answered " + status + ", which the contract does not declare"
                + " (declared: " + fieldNames(operation.path("responses")) + ")");
        answer = resolve(answer);
        String body = response.asString();
        String type = mediaType(response.contentType());
        JsonNode content = answer.path("content");
        if (body == null || body.isEmpty()) {
            return;
        }
        check(type != null && content.has(type), name + " answered " + status + " with a body of type " + type
                + ", the contract declares " + fieldNames(content));
        if (type.endsWith("json")) {
            validate(name + " " + status + " response", content.path(type).path("schema"), body);
        }
    }

    private void validate(String what, JsonNode schema, String body) {
        if (schema.isMissingNode()) {
            return;
        }
        JsonSchema compiled = schemas.computeIfAbsent(schema.toString(), this::compile);
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(what + " is not JSON: " + body, e);
        }
        Set<ValidationMessage> errors = compiled.validate(value);
        check(errors.isEmpty(), what + " does not match openapi.yaml: " + errors + "\nbody: " + abbreviate(body));
    }

    private JsonSchema compile(String schema) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(schema.replace("#/components/schemas/", "#/$defs/"));
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.set("$defs", JSON.readTree(definitions));
            wrapper.putArray("allOf").add(root);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
            return factory.getSchema(wrapper, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode resolve(JsonNode answer) {
        String ref = answer.path("$ref").asText(null);
        if (ref == null) {
            return answer;
        }
        JsonNode target = contract;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        return contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError("Contract: " + message);
        }
    }

    private record Route(String template, JsonNode item, Pattern pattern, int parameters) {

        Route(String template, JsonNode item) {
            this(template, item, Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+")),
                    template.split("\\{", -1).length - 1);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
