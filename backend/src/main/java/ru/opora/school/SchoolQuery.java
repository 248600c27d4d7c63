package ru.opora.school;

import java.util.ArrayList;
import java.util.List;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.common.web.QueryParsing;
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
        Long municipalityId = QueryParsing.number(params.municipalityId, "municipalityId", 1, null, errors);
        Long year = QueryParsing.number(params.year, "year", 2015, 2100L, errors);
        Long page = QueryParsing.number(params.page, "page", 1, QueryParsing.MAX_PAGE, errors);
        Long size = QueryParsing.number(params.size, "size", 1, null, errors);
        SchoolCategory category = QueryParsing.option(params.category, "category", SchoolCategory.class, errors);
        SettlementType settlement = QueryParsing.option(params.settlementType, "settlementType", SettlementType.class, errors);
        EducationLevel level = QueryParsing.option(params.level, "level", EducationLevel.class, errors);
        SchoolSort sort = SchoolSort.parse(params.sort);
        if (params.sort != null && !params.sort.isBlank() && sort == null) {
            errors.add(new FieldError("sort", FieldError.notOneOf(params.sort, SchoolSort.allowed())));
        }
        String text = Texts.blankToNull(params.q);
        if (text != null && text.length() > 200) {
            errors.add(new FieldError("q", "не длиннее 200 символов"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        int pageSize = paging.size(size);
        return new SchoolQuery(municipalityId, category, year == null ? currentYear : year.intValue(), settlement,
                level, text, sort == null ? SchoolSort.SHORT_NAME_ASC : sort, page == null ? 1 : page.intValue(),
                pageSize);
    }

    /** The search text as stored in {@code school.search_text}: lower case, «ё» as «е», LIKE wildcards escaped. */
    public String likePattern() {
        return ru.opora.common.web.LikePatterns.contains(text);
    }
}
