package ru.opora.school;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        Long municipalityId = number(params.municipalityId, "municipalityId", 1, Long.MAX_VALUE, errors);
        Long year = number(params.year, "year", 2015, 2100, errors);
        Long page = number(params.page, "page", 1, 1_000_000, errors);
        Long size = number(params.size, "size", 1, Integer.MAX_VALUE, errors);
        SchoolCategory category = option(params.category, "category", SchoolCategory::valueOf, SchoolCategory.values(), errors);
        SettlementType settlement = option(params.settlementType, "settlementType", SettlementType::valueOf,
                SettlementType.values(), errors);
        EducationLevel level = option(params.level, "level", EducationLevel::valueOf, EducationLevel.values(), errors);
        SchoolSort sort = SchoolSort.parse(params.sort);
        if (params.sort != null && !params.sort.isBlank() && sort == null) {
            errors.add(new FieldError("sort", "недопустимое значение «" + params.sort + "»; допустимые: "
                    + SchoolSort.allowed()));
        }
        String text = params.q == null || params.q.isBlank() ? null : params.q.strip();
        if (text != null && text.length() > 200) {
            errors.add(new FieldError("q", "не длиннее 200 символов"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "bad-request", "Некорректный запрос",
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
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

    private static Long number(String raw, String field, long min, long max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value < min || value > max) {
                errors.add(new FieldError(field, max == Long.MAX_VALUE || max == Integer.MAX_VALUE
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

    private static <E extends Enum<E>> E option(String raw, String field, Function<String, E> parse, E[] values,
                                                List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parse.apply(raw.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "недопустимое значение «" + raw + "»; допустимые: "
                    + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }
}
