package ru.opora.recommendation;

import static ru.opora.common.web.QueryParsing.date;
import static ru.opora.common.web.QueryParsing.flag;
import static ru.opora.common.web.QueryParsing.number;
import static ru.opora.common.web.QueryParsing.option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;

/** A parsed recommendation list query. */
record RecommendationQuery(RecommendationStatus status, Boolean overdue, boolean addressed, Long schoolId,
                           Long municipalityId, BasisKind basisKind, Long basisId, LocalDate asOf, PageRequest page) {

    static RecommendationQuery parse(RecommendationParams p, LocalDate today, OporaConfig.Paging paging) {
        List<FieldError> errors = new ArrayList<>();
        RecommendationStatus status = option(p.status, "status", RecommendationStatus.class, errors);
        Boolean overdue = flag(p.overdue, "overdue", errors);
        Boolean addressed = flag(p.addressed, "addressed", errors);
        Long school = number(p.schoolId, "schoolId", 1, null, errors);
        Long municipality = number(p.municipalityId, "municipalityId", 1, null, errors);
        BasisKind basisKind = option(p.basisKind, "basisKind", BasisKind.class, errors);
        Long basisId = number(p.basisId, "basisId", 1, null, errors);
        LocalDate asOf = date(p.asOf, "asOf", errors);
        PageRequest page = QueryParsing.page(p.page, p.size, paging, errors);
        QueryParsing.requireValid(errors);
        return new RecommendationQuery(status, overdue, Boolean.TRUE.equals(addressed), school, municipality, basisKind,
                basisId, asOf == null ? today : asOf, page);
    }
}
