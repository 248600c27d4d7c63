package ru.opora.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import ru.opora.common.persistence.DatabaseReach;
import ru.opora.common.web.ZeroCharacterGuard;
import ru.opora.security.ScopeProbes;

/** The one place where failures become RFC 9457 problem+json answers. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ScopeProbes scopes;

    ProblemMappers(ScopeProbes scopes) {
        this.scopes = scopes;
    }
    public static final String TYPE_PREFIX = "urn:opora:problem:";
    /** How long a client should wait before repeating a request the unavailable database refused. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    /**
     * A role refused before the method ran. If the path names an object outside the caller's scope, that comes first
     * (README «Доступ»: 404 before 403), as it would had the role been allowed; asking takes the database, so off the
     * I/O thread.
     */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, UriInfo uri) {
        return scopes.outsideScopeOf(uri.getPathParameters()).map(outside -> outside
                ? problem(404, "not-found", "Не найдено", "Объект не найден.", uri, null)
                : refusedRole(uri));
    }

    private static Response refusedRole(UriInfo uri) {
        return problem(403, "forbidden", "Нет доступа", "Вашей роли это действие недоступно.", uri, null);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        boolean requestItselfInvalid = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            FieldPath path = fieldPath(violation.getPropertyPath());
            requestItselfInvalid |= !path.insideBody();
            errors.add(new FieldError(path.name(), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        // Query parameters or a missing body make the request unreadable (400); wrong field values are 422.
        return requestItselfInvalid
                ? problem(400, "bad-request", "Некорректный запрос", FieldError.summary(errors), uri, errors)
                : problem(422, "validation", "Данные не прошли проверку", FieldError.summary(errors), uri, errors);
    }

    // Quarkus ships mappers for these Jackson types; naming each one here makes ours win.
    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException parse) {
            return problem(400, "malformed-json", "Некорректный JSON",
                    "Тело запроса не является корректным JSON (строка " + parse.getLocation().getLineNr()
                            + ", позиция " + parse.getLocation().getColumnNr() + ").", uri, null);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = jsonPath(mapping);
            String message = mismatchMessage(mapping);
            List<FieldError> errors = List.of(new FieldError(field.isEmpty() ? "body" : field, message));
            return problem(400, "bad-request", "Некорректный запрос", FieldError.summary(errors), uri, errors);
        }
        return problem(400, "malformed-json", "Некорректный JSON", "Тело запроса не удалось прочитать.", uri, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return concurrentEdit(uri);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleStateException || concurrencyFailure(cause)) {
                return concurrentEdit(uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                LOG.infof("Database constraint %s refused a change", constraint.getConstraintName());
                return problem(409, "conflict", "Конфликт с текущим состоянием",
                        "Изменение противоречит уже сохранённым данным (например, такой код уже занят).", uri, null);
            }
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException cause) {
            return json(cause, uri);
        }
        if (e instanceof NotFoundException) {
            return problem(404, "not-found", "Не найдено", "Такого адреса или объекта нет.", uri, null);
        }
        if (e instanceof NotAllowedException) {
            return problem(405, "method-not-allowed", "Метод не поддерживается",
                    "Этот HTTP-метод не поддерживается для данного адреса.", uri, null);
        }
        if (e instanceof NotSupportedException) {
            return problem(415, "unsupported-media-type", "Неподдерживаемый формат",
                    "Отправьте тело запроса как application/json (получено: "
                            + (headers.getMediaType() == null ? "без типа" : headers.getMediaType()) + ").", uri, null);
        }
        if (e instanceof NotAcceptableException) {
            return problem(406, "not-acceptable", "Формат ответа недоступен",
                    "Сервер отвечает в формате application/json.", uri, null);
        }
        if (status == 413) {
            return problem(413, "payload-too-large", "Слишком большой запрос",
                    "Тело запроса превышает допустимый размер.", uri, null);
        }
        if (status >= 500 && isMalformedMultipart(e)) {
            return malformedMultipart(uri);
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        return problem(status, "bad-request", "Некорректный запрос",
                e.getMessage() == null ? "Запрос не удалось обработать." : e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (isMalformedMultipart(e)) {
            return malformedMultipart(uri);
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedMultipart(org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException e,
                                       UriInfo uri) {
        return malformedMultipart(uri);
    }

    /** A multipart body the parser could not read to its end: its boundary is not the header's, or it is cut. */
    private static boolean isMalformedMultipart(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException
                    || cause instanceof java.io.IOException && cause.getMessage() != null
                    && cause.getMessage().contains("parsing multipart")) {
                return true;
            }
        }
        return false;
    }

    private static Response malformedMultipart(UriInfo uri) {
        List<FieldError> errors = List.of(new FieldError("body",
                "тело multipart/form-data не удалось разобрать: граница частей не совпадает с заголовком Content-Type"
                        + " или тело оборвано"));
        return problem(400, "malformed-multipart", "Некорректный запрос", FieldError.summary(errors), uri, errors);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem(TYPE_PREFIX + type, title, status, detail,
                uri == null ? null : uri.getRequestUri().getRawPath(),
                errors == null || errors.isEmpty() ? null : errors);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"opora\"");
        }
        return response.build();
    }

    private static Response unauthenticated(UriInfo uri) {
        return problem(401, "unauthenticated", "Требуется вход",
                "Нужен действительный токен доступа (Authorization: Bearer …).", uri, null);
    }

    /** A deadlock, a serialization failure or a lock that could not be had: another writer came first (409). */
    private static boolean concurrencyFailure(Throwable cause) {
        return cause instanceof org.hibernate.exception.LockAcquisitionException
                || cause instanceof org.hibernate.PessimisticLockException
                || cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof jakarta.persistence.LockTimeoutException
                || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01") || sql.getSQLState().equals("55P03"));
    }

    /** The database cannot be reached: the request may be repeated (503), see {@link DatabaseReach#lost}. */
    static boolean databaseUnavailable(Throwable e) {
        return DatabaseReach.lost(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response concurrentEdit(UriInfo uri) {
        return problem(409, "stale-version", "Данные изменились",
                "Запись одновременно изменил другой пользователь. Обновите данные и повторите изменение.", uri, null);
    }

    private static Response internal(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            // PostgreSQL restarts or fails over: the request may simply be repeated, so say so instead of a bare 500.
            LOG.warnf("Database unavailable for %s: %s", uri == null ? "a request" : uri.getRequestUri().getRawPath(),
                    rootMessage(e));
            return Response.fromResponse(problem(503, "database-unavailable", "Сервис временно недоступен",
                            "База данных недоступна (перезапуск или переключение). Повторите запрос через несколько секунд.",
                            uri, null))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return problem(500, "internal", "Внутренняя ошибка",
                "Что-то пошло не так на сервере. Номер обращения: " + incident + ".", uri, null);
    }

    private record FieldPath(String name, boolean insideBody) {
    }

    /**
     * Turns {@code updateSchool.body.document.number} into {@code document.number}; a violation on a
     * parameter itself (a query parameter, a missing body) keeps the parameter's name.
     */
    private static FieldPath fieldPath(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return new FieldPath(parameter == null ? "body" : parameter, false);
        }
        return new FieldPath(String.join(".", parts), true);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String mismatchMessage(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        Object value = e instanceof InvalidFormatException invalid ? invalid.getValue() : null;
        if (target != null && target.isEnum()) {
            return FieldError.notOneOf(value, Arrays.asList(target.getEnumConstants()));
        }
        if (target != null && (Number.class.isAssignableFrom(target) || target == int.class
                || target == long.class || target == short.class)) {
            return "ожидается целое число" + (value == null ? "" : ", получено «" + value + "»");
        }
        if (target == LocalDate.class) {
            return "ожидается дата в формате ГГГГ-ММ-ДД" + (value == null ? "" : ", получено «" + value + "»");
        }
        if (target == Boolean.class || target == boolean.class) {
            return "ожидается true или false";
        }
        if (target != null && (target.isArray() || java.util.Collection.class.isAssignableFrom(target))) {
            return "ожидается список";
        }
        if (target == String.class && value instanceof String text && ZeroCharacterGuard.holdsZero(text)) {
            return ZeroCharacterGuard.MESSAGE;
        }
        if (target == String.class) {
            return "ожидается строка";
        }
        return "неверный тип значения";
    }
}
