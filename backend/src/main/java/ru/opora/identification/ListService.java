package ru.opora.identification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.municipality.Municipality;
import ru.opora.school.SchoolCategory;
import ru.opora.security.Caller;

/**
 * The approved lists as each caller may see them: the ministry every school of its region, a municipality its own
 * schools, a school only itself — its status and exactly why, never another school's data.
 */
@ApplicationScoped
public class ListService {

    private final OporaConfig config;

    ListService(OporaConfig config) {
        this.config = config;
    }

    @Transactional
    public ListPage list(Caller caller, String year, String category, String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Long y = QueryParsing.number(year, "year", 2000, 2100L, errors);
        SchoolCategory c = QueryParsing.option(category, "category", SchoolCategory.class, errors);
        PageRequest request = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        StringBuilder where = new StringBuilder("region.id = :region");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("region", caller.regionId());
        if (y != null) {
            where.append(" and year = :year");
            params.and("year", y.intValue());
        }
        if (c != null) {
            where.append(" and category = :category");
            params.and("category", c);
        }
        long total = IdentificationList.count(where.toString(), params);
        List<IdentificationList> found = IdentificationList.<IdentificationList>find(where + " order by year desc, category", params)
                .page(request.number() - 1, request.size()).list();
        List<ListSummary> items = found.stream().map(l -> new ListSummary(l.id, l.year, l.category, l.document, l.approvedAt,
                (int) entries(caller, l).stream().filter(e -> e.decision.listed()).count())).toList();
        return new ListPage(items, total, request.number(), request.size());
    }

    @Transactional
    public ListView get(Caller caller, long listId) {
        return view(caller, visible(caller, listId));
    }

    /** A list of the caller's region; any other is reported as absent. */
    public IdentificationList visible(Caller caller, long listId) {
        return IdentificationList.<IdentificationList>findByIdOptional(listId).filter(l -> l.region.id == caller.regionId())
                .orElseThrow(() -> ApiException.notFound("Перечень " + listId + " не найден."));
    }

    public ListView view(Caller caller, IdentificationList list) {
        List<ListEntry> entries = entries(caller, list);
        Map<Long, String> municipalities = names(entries);
        List<ListEntryView> views = entries.stream().map(e -> new ListEntryView(e.school.id, e.school.code, e.school.shortName,
                e.municipalityId, municipalities.get(e.municipalityId), e.outcome, e.decision, e.decision.listed(), e.reason,
                basis(e), e.evidence)).toList();
        return new ListView(list.id, list.region.id, list.year, list.category, list.criteriaSet.id, list.criteriaSet.setVersion,
                list.criteriaSet.name, list.document, list.approvedAt, list.approvedBy, counts(entries), views);
    }

    /** The entries the caller may see, listed schools first, by municipality and name. */
    public List<ListEntry> entries(Caller caller, IdentificationList list) {
        String scope = switch (caller.role()) {
            case MINISTRY -> "";
            case MUNICIPALITY -> " and e.municipalityId = " + caller.municipalityId();
            case SCHOOL -> " and e.school.id = " + caller.schoolId();
            // A curator has no part in identification; the resource refuses them before this.
            case CURATOR -> " and 1 = 0";
        };
        return ListEntry.<ListEntry>find("select e from ListEntry e join fetch e.school s where e.list.id = ?1" + scope
                + " order by case when e.decision in ('INCLUDED', 'ADDED') then 0 else 1 end, e.municipalityId, s.shortName", list.id)
                .list();
    }

    /** The basis as the appendix states it; an expert's decision names its reason. */
    static String basis(ListEntry e) {
        return switch (e.decision) {
            case ADDED -> "решение эксперта: " + e.reason;
            case EXCLUDED -> "исключена решением эксперта: " + e.reason;
            case INCLUDED, NOT_INCLUDED -> e.evidence.basis();
        };
    }

    static Map<Long, String> names(List<ListEntry> entries) {
        List<Long> ids = entries.stream().map(e -> e.municipalityId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Municipality.<Municipality>list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, m -> m.name));
    }

    private static ListCounts counts(List<ListEntry> entries) {
        return new ListCounts((int) entries.stream().filter(e -> e.decision.listed()).count(),
                (int) entries.stream().filter(e -> e.decision == Decision.INCLUDED && e.outcome == Outcome.ENTERING).count(),
                (int) entries.stream().filter(e -> e.decision == Decision.INCLUDED && e.outcome == Outcome.STAYING).count(),
                (int) entries.stream().filter(e -> e.decision == Decision.ADDED).count(),
                (int) entries.stream().filter(e -> e.decision == Decision.EXCLUDED).count(),
                (int) entries.stream().filter(e -> e.decision == Decision.NOT_INCLUDED && e.outcome == Outcome.LEAVING).count());
    }
}
