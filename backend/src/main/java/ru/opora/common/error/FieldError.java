package ru.opora.common.error;

import java.util.List;
import java.util.stream.Collectors;

/** One invalid input field: a JSON path such as {@code document.number} or a query parameter name. */
public record FieldError(String field, String message) {

    /** «недопустимое значение «X»; допустимые: A, B», the same wording for the body and the query. */
    public static String notOneOf(Object value, List<?> allowed) {
        return (value == null ? "недопустимое значение" : "недопустимое значение «" + value + "»")
                + "; допустимые: " + allowed.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    /** The errors in one line, for the problem's {@code detail}. */
    public static String summary(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }
}
