package ru.opora.common.openapi;

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
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Rules that hold for the whole contract, applied in one place so that no operation or schema can forget them:
 * every operation documents its error answers (shared responses with the {@code Problem} schema), and every
 * property of a schema is required unless it is declared nullable, because the API always sends all fields.
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> RESPONSES = Map.of(
            "400", "Некорректный запрос: JSON, типы значений или параметры запроса",
            "401", "Нет действительного токена доступа",
            "403", "Роли вызывающего это действие недоступно",
            "404", "Объекта нет или он вне организации вызывающего",
            "409", "Конфликт: устаревшая версия записи или занятый код",
            "413", "Тело запроса слишком большое",
            "415", "Тело запроса не в формате application/json",
            "422", "Значения полей не прошли проверку (список ошибок в errors)",
            "500", "Внутренняя ошибка сервера");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        RESPONSES.forEach((code, description) -> openAPI.getComponents().addResponse(name(code),
                OASFactory.createAPIResponse().description(description).content(problemContent())));
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractFilter::requireNonNullable);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                (method, operation) -> addErrors(path, method, operation)));
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

    private static boolean nullable(Schema property) {
        return property.getType() != null && property.getType().contains(Schema.SchemaType.NULL);
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        add(operation, "401");
        add(operation, "403");
        add(operation, "500");
        if (hasBody || hasParameters) {
            add(operation, "400");
        }
        if (path.contains("{")) {
            add(operation, "404");
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
