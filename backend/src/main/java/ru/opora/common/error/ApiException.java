package ru.opora.common.error;

import java.util.List;

/**
 * A failure the caller can act on. Thrown from services; turned into problem+json by {@link ProblemMappers}.
 * Being a RuntimeException, it also rolls back the surrounding transaction, so nothing is partially saved.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Не найдено", detail, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Нет доступа", detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Конфликт с текущим состоянием", detail, null);
    }

    public static ApiException staleVersion(long expected, long actual) {
        return new ApiException(409, "stale-version", "Данные изменились",
                "Запись уже изменил другой пользователь (версия " + actual + ", в запросе " + expected
                        + "). Обновите данные и повторите изменение.", null);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(422, "validation", "Данные не прошли проверку", message,
                List.of(new FieldError(field, message)));
    }

    /** Several fields that break the rules; every one is listed. */
    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(422, "validation", "Данные не прошли проверку", FieldError.summary(errors), errors);
    }

    /** Query parameters that cannot be read; every error is listed. */
    public static ApiException badRequest(List<FieldError> errors) {
        return new ApiException(400, "bad-request", "Некорректный запрос", FieldError.summary(errors), errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
