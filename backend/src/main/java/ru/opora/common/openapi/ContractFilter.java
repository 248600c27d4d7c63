package ru.opora.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Rules that hold for the whole contract, applied in one place so that no operation or schema can forget them:
 * every operation documents its error answers (shared responses with the {@code Problem} schema), and every
 * property of a schema is required unless it is declared nullable, because the API always sends all fields;
 * every error answer carries problem+json; the roles that may call an operation are said in its description and
 * not as "scopes" of the security requirement (roles are not OAuth scopes); the demo stack is the server; every
 * operation takes a request id (X-Request-Id) and every change its reason (X-Change-Reason) for the audit ledger.
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> RESPONSES = Map.ofEntries(
            Map.entry("400", "Некорректный запрос: JSON, типы значений, параметры или заголовки запроса"),
            Map.entry("401", "Нет действительного токена доступа"),
            Map.entry("403", "Роли вызывающего это действие недоступно"),
            Map.entry("404", "Объекта нет или он вне организации вызывающего"),
            Map.entry("409", "Конфликт: устаревшая версия записи или занятый код"),
            Map.entry("413", "Тело запроса слишком большое"),
            Map.entry("414", "Адрес запроса слишком длинный"),
            Map.entry("415", "Тело запроса не в формате application/json"),
            Map.entry("422", "Значения полей не прошли проверку (список ошибок в errors)"),
            Map.entry("431", "Заголовки запроса слишком большие"),
            Map.entry("500", "Внутренняя ошибка сервера"),
            Map.entry("503", "База данных временно недоступна (перезапуск или переключение): повторите запрос через"
                    + " Retry-After секунд"));

    /** The roles of the token as an official reads them, in the order of the hierarchy. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("ministry", "министерство региона (ministry)");
        ROLES.put("municipality", "орган управления образованием муниципалитета (municipality)");
        ROLES.put("school", "школа (school)");
        ROLES.put("curator", "куратор школ (curator)");
    }

    /**
     * The order in which the API refuses (the same for every operation), as the description tells it: the token
     * first, then the form of the request, then scope, role, state and values.
     */
    private static final List<String> REFUSAL_ORDER = List.of("401", "414", "431", "413", "415", "400", "404", "403", "409", "422");

    private static final String SERVER = "http://localhost:8080";
    private static final String REQUEST_ID = "RequestId";
    private static final String CHANGE_REASON = "ChangeReason";
    private static final List<PathItem.HttpMethod> WRITES = List.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            Server server = OASFactory.createServer().url(SERVER)
                    .description("Демо-стенд (./mvnw -Pdemo package); пути операций начинаются с /api/v1");
            openAPI.setServers(new ArrayList<>(List.of(server)));
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        RESPONSES.forEach((code, description) -> openAPI.getComponents().addResponse(name(code),
                OASFactory.createAPIResponse().description(description).content(problemContent())));
        openAPI.getComponents().getResponses().get(name("503")).addHeader("Retry-After", OASFactory.createHeader()
                .description("Через сколько секунд повторить запрос")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractFilter::requireNonNullable);
            openAPI.getComponents().getSchemas().values().forEach(ContractFilter::nullableReferences);
        }
        openAPI.getComponents().addParameter(REQUEST_ID, OASFactory.createParameter().name("X-Request-Id")
                .in(Parameter.In.HEADER).required(false)
                .description("Идентификатор запроса (до 100 символов A-Z a-z 0-9 . _ : -); иначе сервер назначает свой."
                        + " Возвращается в ответе и записывается в журнал аудита при каждом изменении")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        openAPI.getComponents().addParameter(CHANGE_REASON, OASFactory.createParameter().name("X-Change-Reason")
                .in(Parameter.In.HEADER).required(false)
                .description("Причина изменения для журнала аудита: UTF-8 в процентной кодировке (как в URL),"
                        + " до 2000 символов после декодирования. Пишется в каждую запись журнала этого запроса,"
                        + " у которой нет своей причины (причина возврата или отзыва важнее)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                (method, operation) -> {
                    operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + REQUEST_ID));
                    if (WRITES.contains(method)) {
                        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + CHANGE_REASON));
                    }
                    addErrors(path, method, operation);
                    problemOnErrors(operation);
                    describe(operation, roles(operation));
                }));
    }

    /** An error answer the framework added without a body (401/403 of @RolesAllowed) is the shared problem answer. */
    private static void problemOnErrors(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            boolean error = code.startsWith("4") || code.startsWith("5");
            if (error && response.getRef() == null && response.getContent() == null) {
                if (RESPONSES.containsKey(code)) {
                    operation.getResponses().addAPIResponse(code,
                            OASFactory.createAPIResponse().ref("#/components/responses/" + name(code)));
                } else {
                    response.setContent(problemContent());
                }
            }
        });
    }

    /** The roles of the operation's security requirement; the requirement itself keeps no scopes. */
    private static List<String> roles(Operation operation) {
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() == null) {
            return roles;
        }
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement plain = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    scopes.stream().filter(scope -> !roles.contains(scope)).forEach(roles::add);
                }
                plain.addScheme(scheme);
            });
            requirements.add(plain);
        }
        operation.setSecurity(requirements);
        return roles;
    }

    /**
     * The description: what the operation does (its own description, else its summary), who may call it, and the
     * order of its refusals; so that no operation is left undescribed and the role list cannot drift from the code.
     */
    private static void describe(Operation operation, List<String> roles) {
        StringBuilder text = new StringBuilder();
        String own = operation.getDescription() != null ? operation.getDescription() : operation.getSummary();
        if (own != null) {
            text.append(own.strip());
            if (!own.strip().endsWith(".")) {
                text.append('.');
            }
            text.append("\n\n");
        }
        if (!roles.isEmpty()) {
            text.append("Кому доступно: ").append(String.join(", ", ROLES.keySet().stream()
                    .filter(roles::contains).map(ROLES::get).toList()))
                    .append("; данные — только в пределах организации из токена.\n\n");
        }
        List<String> refusals = REFUSAL_ORDER.stream()
                .filter(code -> operation.getResponses().getAPIResponse(code) != null).toList();
        if (!refusals.isEmpty()) {
            text.append("Отказы (RFC 9457 application/problem+json) проверяются в порядке: ")
                    .append(String.join(" → ", refusals)).append('.');
        }
        operation.setDescription(text.toString().strip());
    }

    private static void requireNonNullable(Schema schema) {
        if (schema.getProperties() == null || schema.getRequired() != null && !schema.getRequired().isEmpty()) {
            return;
        }
        List<String> required = schema.getProperties().entrySet().stream()
                .filter(property -> !nullable(property.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        schema.setRequired(required);
    }

    /**
     * A nullable reference ({@code anyOf: [$ref, null]}) says its type in its alternatives; SmallRye also writes
     * {@code type: [string, "null"]} beside them, which makes a generated client read an enum as any string.
     */
    private static void nullableReferences(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().stream()
                .filter(property -> property.getAnyOf() != null && property.getType() != null)
                .forEach(property -> property.setType(null));
    }

    private static boolean nullable(Schema property) {
        return property.getType() != null && property.getType().contains(Schema.SchemaType.NULL);
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        add(operation, "401");
        add(operation, "403");
        add(operation, "500");
        add(operation, "503");
        // RequestGuard checks the path, every parameter and every header of every request (see common/web).
        add(operation, "400");
        add(operation, "414");
        add(operation, "431");
        boolean namesAnObject = hasParameters && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getName() != null && parameter.getName().endsWith("Id"));
        if (path.contains("{") || namesAnObject) {
            add(operation, "404");
        }
        if (method == PathItem.HttpMethod.DELETE) {
            // A delete refuses by state (a submitted report, an item with reports, a section with items).
            add(operation, "409");
        }
        if (hasBody) {
            add(operation, "409");
            add(operation, "413");
            add(operation, "415");
            add(operation, "422");
        }
    }

    private static void add(Operation operation, String code) {
        if (operation.getResponses().getAPIResponse(code) == null) {
            APIResponse reference = OASFactory.createAPIResponse().ref("#/components/responses/" + name(code));
            operation.getResponses().addAPIResponse(code, reference);
        }
    }

    private static String name(String code) {
        return "Problem" + code;
    }

    private static Content problemContent() {
        Schema problem = OASFactory.createSchema().ref("#/components/schemas/Problem");
        MediaType mediaType = OASFactory.createMediaType().schema(problem);
        return OASFactory.createContent().addMediaType("application/problem+json", mediaType);
    }
}
