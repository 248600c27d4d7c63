package ru.opora.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.config.OporaConfig;

/**
 * Query parameters arrive as text and are parsed here, collecting every problem, so that a typo gets a 400
 * naming the parameter rather than a bare 404 from the framework.
 */
public final class QueryParsing {

    /** The highest page number any list accepts. */
    public static final long MAX_PAGE = 1_000_000L;

    private QueryParsing() {
    }

    /**
     * The page of the parameters {@code page} (1-based, as on every list endpoint) and {@code size}, sized by the
     * paging configuration; when one is wrong its error is collected and the first page stands in until
     * {@link #requireValid} refuses the request.
     */
    public static PageRequest page(String page, String size, OporaConfig.Paging paging, List<FieldError> errors) {
        Long number = number(page, "page", 1, MAX_PAGE, errors);
        Long wanted = number(size, "size", 1, null, errors);
        return new PageRequest(number == null ? 1 : number.intValue(), paging.size(wanted));
    }

    /** A whole number from {@code min} up to {@code max} (null: no upper bound); null when absent. */
    public static Long number(String raw, String field, long min, Long max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value < min || max != null && value > max) {
                errors.add(new FieldError(field, max == null
                        ? "должно быть не меньше " + min
                        : "должно быть от " + min + " до " + max));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "ожидается целое число, получено «" + raw + "»"));
            return null;
        }
    }

    public static <E extends Enum<E>> E option(String raw, String field, Class<E> type, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, FieldError.notOneOf(raw, List.of(type.getEnumConstants()))));
            return null;
        }
    }

    public static Boolean flag(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(field, FieldError.notOneOf(raw, List.of("true", "false"))));
                yield null;
            }
        };
    }

    /** Answers 400 listing every parameter that could not be read. */
    public static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
    }

    /** An ISO date (2025-07-10); null when absent. */
    public static LocalDate date(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "ожидается дата ГГГГ-ММ-ДД, получено «" + raw + "»"));
            return null;
        }
    }
}
