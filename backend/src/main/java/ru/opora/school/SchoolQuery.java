package ru.opora.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.config.OporaConfig;

/** A parsed, validated search of the school registry. */
public record SchoolQuery(
        Long municipalityId,
        SchoolCategory category,
        int year,
        SettlementType settlementType,
        EducationLevel level,
        String text,
        SchoolSort sort,
        int page,
        int size) {

    public static SchoolQuery parse(SchoolSearchParams params, int currentYear, OporaConfig.Paging paging) {
        List<FieldError> errors = new ArrayList<>();
        Long municipalityId = number(params.municipalityId, "municipalityId", 1, null, errors);
        Long year = number(params.year, "year", 2015, 2100L, errors);
        Long page = number(params.page, "page", 1, 1_000_000L, errors);
        Long size = number(params.size, "size", 1, null, errors);
        SchoolCategory category = option(params.category, "category", SchoolCategory.class, errors);
        SettlementType settlement = option(params.settlementType, "settlementType", SettlementType.class, errors);
        EducationLevel level = option(params.level, "level", EducationLevel.class, errors);
        SchoolSort sort = SchoolSort.parse(params.sort);
        if (params.sort != null && !params.sort.isBlank() && sort == null) {
            errors.add(new FieldError("sort", FieldError.notOneOf(params.sort, SchoolSort.allowed())));
        }
        String text = params.q == null || params.q.isBlank() ? null : params.q.strip();
        if (text != null && text.length() > 200) {
            errors.add(new FieldError("q", "не длиннее 200 символов"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        int pageSize = size == null ? paging.defaultSize() : (int) Math.min(size, paging.maxSize());
        return new SchoolQuery(municipalityId, category, year == null ? currentYear : year.intValue(), settlement,
                level, text, sort == null ? SchoolSort.SHORT_NAME_ASC : sort, page == null ? 1 : page.intValue(),
                pageSize);
    }

    /** The search text as stored in {@code school.search_text}: lower case, «ё» as «е», LIKE wildcards escaped. */
    public String likePattern() {
        String normalized = text.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + normalized + "%";
    }

    /** A whole number from {@code min} up to {@code max} (null: no upper bound). */
    private static Long number(String raw, String field, long min, Long max, List<FieldError> errors) {
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

    private static <E extends Enum<E>> E option(String raw, String field, Class<E> type, List<FieldError> errors) {
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
}
