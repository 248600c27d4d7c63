package ru.opora.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.opora.common.web.LikePatterns;
import ru.opora.roadmap.report.ItemStatus;
import ru.opora.roadmap.report.ReportStatus;
import ru.opora.security.Caller;

@ApplicationScoped
public class RoadmapRepository implements PanacheRepository<Roadmap> {

    public record Row(long id, long itemsCount, long overdueItems, long overdueReports) {
    }

    public record Found(List<Row> rows, long total) {
    }

    /** One page of the caller's roadmaps with item and overdue counts computed at {@code query.asOf()}. */
    public Found search(Caller caller, RoadmapQuery query) {
        StringBuilder where = new StringBuilder(RoadmapAccess.visibleSql(caller));
        Map<String, Object> params = new HashMap<>();
        params.put("regionId", caller.regionId());
        if (where.indexOf(":municipalityId") >= 0) {
            params.put("municipalityId", caller.municipalityId());
        }
        if (where.indexOf(":schoolId") >= 0) {
            params.put("schoolId", caller.schoolId());
        }
        if (query.level() != null) {
            where.append(" and r.level = :level");
            params.put("level", query.level().name());
        }
        if (query.municipalityId() != null) {
            where.append(" and r.municipality_id = :filterMunicipality");
            params.put("filterMunicipality", query.municipalityId());
        }
        if (query.schoolId() != null) {
            where.append(" and r.school_id = :filterSchool");
            params.put("filterSchool", query.schoolId());
        }
        if (query.direction() != null) {
            where.append(" and r.direction_code = :direction");
            params.put("direction", query.direction());
        }
        if (query.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", query.status().name());
        }
        if (query.year() != null) {
            where.append(" and :year between r.year_from and r.year_to");
            params.put("year", query.year());
        }
        if (query.parentId() != null) {
            where.append(" and r.parent_id = :parentId");
            params.put("parentId", query.parentId());
        }
        if (query.text() != null) {
            where.append(" and translate(lower(r.title), 'ё', 'е') like :text" + LikePatterns.ESCAPE_CLAUSE);
            params.put("text", LikePatterns.contains(query.text()));
        }
        String counted = """
                select r.id, r.level, r.year_from, r.title,
                       (select count(*) from roadmap_item i where i.roadmap_id = r.id) as items_count,
                       (select count(*) from roadmap_overdue_items(r.id, :asOf)) as overdue_items,
                       (select count(*) from roadmap_periods(r.id, :asOf) p where p.overdue) as overdue_reports
                from roadmap r where\s""" + where;
        params.put("asOf", Date.valueOf(query.asOf()));
        String overdue = query.hasOverdue() == null ? ""
                : query.hasOverdue() ? " where overdue_items + overdue_reports > 0"
                : " where overdue_items + overdue_reports = 0";
        Query page = getEntityManager().createNativeQuery("""
                select id, items_count, overdue_items, overdue_reports from (%s) c%s
                order by case level when 'REGION' then 0 when 'MUNICIPALITY' then 1 else 2 end,
                         year_from desc, title, id
                limit :limit offset :offset""".formatted(counted, overdue));
        Query count = getEntityManager().createNativeQuery("select count(*) from (%s) c%s".formatted(counted, overdue));
        params.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        page.setParameter("limit", query.size());
        page.setParameter("offset", (query.page() - 1) * query.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Found(rows.stream().map(r -> new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList(), total);
    }

    /** The roadmaps with their owners and directions loaded, in the order of {@code ids}. */
    public Map<Long, Roadmap> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Roadmap> byId = find("""
                select r from Roadmap r join fetch r.region join fetch r.direction
                left join fetch r.municipality left join fetch r.school where r.id in ?1""", ids)
                .stream().collect(Collectors.toMap(r -> r.id, r -> r));
        Map<Long, Roadmap> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, byId.get(id)));
        return ordered;
    }

    public List<RoadmapSection> sections(long roadmapId) {
        return RoadmapSection.list("roadmap.id = ?1 order by position, id", roadmapId);
    }

    public List<RoadmapItem> items(long roadmapId) {
        return RoadmapItem.list("select i from RoadmapItem i left join fetch i.parentItem where i.roadmap.id = ?1"
                + " order by i.section.position, i.position, i.id", roadmapId);
    }

    public long childrenCount(long roadmapId) {
        return count("parent.id = ?1 and status <> ?2", roadmapId, RoadmapStatus.ARCHIVED);
    }

    public record Period(String code, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, boolean expected,
                         boolean overdue) {
    }

    public List<Period> periods(long roadmapId, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select code, starts_on, ends_on, due_on, expected, overdue from roadmap_periods(:id, :asOf)")
                .setParameter("id", roadmapId).setParameter("asOf", Date.valueOf(asOf)).getResultList();
        return rows.stream().map(r -> new Period((String) r[0], localDate(r[1]), localDate(r[2]), localDate(r[3]),
                Boolean.TRUE.equals(r[4]), Boolean.TRUE.equals(r[5]))).toList();
    }

    public Set<Long> overdueItems(long roadmapId, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Number> rows = getEntityManager().createNativeQuery("select item_id from roadmap_overdue_items(:id, :asOf)")
                .setParameter("id", roadmapId).setParameter("asOf", Date.valueOf(asOf)).getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** The status each item had in its latest report of this roadmap. */
    public Map<Long, ItemStatus> lastStatuses(long roadmapId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select distinct on (ir.item_id) ir.item_id, ir.status
                from roadmap_item_report ir join roadmap_report rr on rr.id = ir.report_id
                where rr.roadmap_id = :id order by ir.item_id, rr.period desc""")
                .setParameter("id", roadmapId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> ItemStatus.valueOf((String) r[1])));
    }

    /** Per item of this roadmap: how many published child roadmaps implement it and how they last reported it. */
    public Map<Long, ChildProgress> childProgress(long roadmapId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select ci.parent_item_id,
                       count(distinct ci.roadmap_id),
                       count(distinct ci.roadmap_id) filter (where last.status = 'DONE'),
                       count(distinct ci.roadmap_id) filter (where last.status = 'NOT_DONE')
                from roadmap_item pi
                join roadmap_item ci on ci.parent_item_id = pi.id
                join roadmap cr on cr.id = ci.roadmap_id and cr.status in ('APPROVED', 'IN_EXECUTION', 'COMPLETED')
                left join lateral (
                    select ir.status from roadmap_item_report ir join roadmap_report rr on rr.id = ir.report_id
                    where ir.item_id = ci.id and rr.status in ('SUBMITTED', 'ACCEPTED')
                    order by rr.period desc limit 1) last on true
                where pi.roadmap_id = :id
                group by ci.parent_item_id""").setParameter("id", roadmapId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> new ChildProgress(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue())));
    }

    public record ReportState(ReportStatus status, Instant submittedAt) {
    }

    public Map<String, ReportState> reportStates(long roadmapId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createQuery(
                        "select r.period, r.status, r.submittedAt from RoadmapReport r where r.roadmap.id = :id")
                .setParameter("id", roadmapId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0],
                r -> new ReportState((ReportStatus) r[1], (Instant) r[2])));
    }

    public boolean hasReports(long itemId) {
        return getEntityManager().createQuery("select count(ir) from ItemReport ir where ir.item.id = :id", Long.class)
                .setParameter("id", itemId).getSingleResult() > 0;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
