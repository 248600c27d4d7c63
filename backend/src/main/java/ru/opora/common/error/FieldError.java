package ru.opora.common.error;

/** One invalid input field: a JSON path such as {@code document.number} or a query parameter name. */
public record FieldError(String field, String message) {
}
