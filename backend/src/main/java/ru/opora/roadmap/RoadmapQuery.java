package ru.opora.roadmap;

import static ru.opora.common.web.QueryParsing.date;
import static ru.opora.common.web.QueryParsing.flag;
import static ru.opora.common.web.QueryParsing.number;
import static ru.opora.common.web.QueryParsing.option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.config.OporaConfig;

/** A parsed, validated roadmap list query. */
public record RoadmapQuery(
        RoadmapLevel level,
        Long municipalityId,
        Long schoolId,
        String direction,
        RoadmapStatus status,
        Integer year,
        Long parentId,
        Boolean hasOverdue,
        String text,
        LocalDate asOf,
        int page,
        int size) {

    public static RoadmapQuery parse(RoadmapSearchParams params, LocalDate today, OporaConfig.Paging paging) {
        List<FieldError> errors = new ArrayList<>();
        RoadmapLevel level = option(params.level, "level", RoadmapLevel.class, errors);
        Long municipalityId = number(params.municipalityId, "municipalityId", 1, null, errors);
        Long schoolId = number(params.schoolId, "schoolId", 1, null, errors);
        RoadmapStatus status = option(params.status, "status", RoadmapStatus.class, errors);
        Long year = number(params.year, "year", 2000, 2100L, errors);
        Long parentId = number(params.parentId, "parentId", 1, null, errors);
        Boolean hasOverdue = flag(params.hasOverdue, "hasOverdue", errors);
        LocalDate asOf = date(params.asOf, "asOf", errors);
        Long page = number(params.page, "page", 1, ru.opora.common.web.QueryParsing.MAX_PAGE, errors);
        Long size = number(params.size, "size", 1, null, errors);
        String direction = Texts.blankToNull(params.direction);
        if (direction != null && direction.length() > 8) {
            errors.add(new FieldError("direction", "не длиннее 8 символов"));
        }
        String text = Texts.blankToNull(params.q);
        if (text != null && text.length() > 200) {
            errors.add(new FieldError("q", "не длиннее 200 символов"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        return new RoadmapQuery(level, municipalityId, schoolId, direction, status,
                year == null ? null : year.intValue(), parentId, hasOverdue, text, asOf == null ? today : asOf,
                page == null ? 1 : page.intValue(),
                paging.size(size));
    }
}
