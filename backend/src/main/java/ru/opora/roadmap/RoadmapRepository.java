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

    /**
     * The roadmap with what every answer about it shows loaded in the same statement: its owner (region, municipality,
     * school), direction and parent.
     */
    public java.util.Optional<Roadmap> findWithOwner(long roadmapId) {
        return find("""
                select r from Roadmap r join fetch r.region join fetch r.direction left join fetch r.municipality
                left join fetch r.school left join fetch r.parent where r.id = ?1""", roadmapId).firstResultOptional();
    }

    /**
     * The roadmap's scope (who sees it and what they may do) with the stamps its answer depends on (V17): its own, its
     * parent's (whose items its items implement), its children's (their progress on its items) and its region's
     * registry (the names it shows).
     */
    public record Head(long id, RoadmapLevel level, long regionId, Long municipalityId, Long schoolId,
                       RoadmapStatus status, int revision, Stamps stamps) implements RoadmapScope {
    }

    /** What a kept answer about a roadmap was built at; equal stamps mean an equal answer. */
    public record Stamps(long own, long parent, long children, long childrenHash, long registry) {
    }

    /** The roadmap's {@link Head} in one primary-key read, or empty if there is no such roadmap. */
    public java.util.Optional<Head> head(long roadmapId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select r.level, r.region_id, r.municipality_id, r.school_id, r.status, r.revision,
                               s.stamp, coalesce(ps.stamp, 0), g.stamp, c.children, c.hash
                        from roadmap r
                        join roadmap_stamp s on s.roadmap_id = r.id
                        join registry_stamp g on g.region_id = r.region_id
                        left join roadmap_stamp ps on ps.roadmap_id = r.parent_id
                        cross join lateral (
                            select count(*) as children,
                                   coalesce(bit_xor(hashint8extended(cs.roadmap_id * 1000003 + cs.stamp, 0)), 0) as hash
                            from roadmap ch join roadmap_stamp cs on cs.roadmap_id = ch.id
                            where ch.parent_id = r.id) c
                        where r.id = :id""")
                .setParameter("id", roadmapId).getResultList();
        return rows.stream().findFirst().map(r -> new Head(roadmapId, RoadmapLevel.valueOf((String) r[0]),
                ((Number) r[1]).longValue(), r[2] == null ? null : ((Number) r[2]).longValue(),
                r[3] == null ? null : ((Number) r[3]).longValue(), RoadmapStatus.valueOf((String) r[4]),
                ((Number) r[5]).intValue(), new Stamps(((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                ((Number) r[9]).longValue(), ((Number) r[10]).longValue(), ((Number) r[8]).longValue())));
    }

    /** A reporting period as of a date, with the state of its report if there is one. */
    public record Period(String code, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, boolean expected,
                         boolean overdue, ReportStatus reportStatus, Instant submittedAt) {
    }

    /** The roadmap's reporting periods as of {@code asOf} (function {@code roadmap_periods}) with their reports, in one statement. */
    public List<Period> periods(long roadmapId, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select p.code, p.starts_on, p.ends_on, p.due_on, p.expected, p.overdue, rep.status, rep.submitted_at
                        from roadmap_periods(:id, :asOf) p
                        left join roadmap_report rep on rep.roadmap_id = :id and rep.period = p.code
                        order by p.starts_on""")
                .setParameter("id", roadmapId).setParameter("asOf", Date.valueOf(asOf)).getResultList();
        return rows.stream().map(r -> new Period((String) r[0], localDate(r[1]), localDate(r[2]), localDate(r[3]),
                Boolean.TRUE.equals(r[4]), Boolean.TRUE.equals(r[5]), r[6] == null ? null : ReportStatus.valueOf((String) r[6]),
                instant(r[7]))).toList();
    }

    /** What is computed per item: its latest reported status, whether it is overdue, how child roadmaps carry it out. */
    public record ItemFacts(ItemStatus lastStatus, boolean overdue, ChildProgress children) {
    }

    /**
     * Per item of the roadmap, in one statement: the status of its latest report, whether it is overdue as of
     * {@code asOf} (function {@code roadmap_overdue_items}, the one definition of overdue) and how many published child
     * roadmaps implement it and how they last reported it.
     */
    public Map<Long, ItemFacts> itemFacts(long roadmapId, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select i.id,
                       (select ir.status from roadmap_item_report ir join roadmap_report rr on rr.id = ir.report_id
                        where ir.item_id = i.id order by rr.period desc limit 1),
                       o.item_id is not null,
                       cp.total, cp.done, cp.not_done
                from roadmap_item i
                left join roadmap_overdue_items(:id, :asOf) o on o.item_id = i.id
                left join lateral (
                    select count(distinct ci.roadmap_id) as total,
                           count(distinct ci.roadmap_id) filter (where last.status = 'DONE') as done,
                           count(distinct ci.roadmap_id) filter (where last.status = 'NOT_DONE') as not_done
                    from roadmap_item ci
                    join roadmap cr on cr.id = ci.roadmap_id and cr.status in ('APPROVED', 'IN_EXECUTION', 'COMPLETED')
                    left join lateral (
                        select ir.status from roadmap_item_report ir join roadmap_report rr on rr.id = ir.report_id
                        where ir.item_id = ci.id and rr.status in ('SUBMITTED', 'ACCEPTED')
                        order by rr.period desc limit 1) last on true
                    where ci.parent_item_id = i.id) cp on true
                where i.roadmap_id = :id""")
                .setParameter("id", roadmapId).setParameter("asOf", Date.valueOf(asOf)).getResultList();
        Map<Long, ItemFacts> facts = new HashMap<>();
        for (Object[] r : rows) {
            facts.put(((Number) r[0]).longValue(), new ItemFacts(r[1] == null ? null : ItemStatus.valueOf((String) r[1]),
                    Boolean.TRUE.equals(r[2]), new ChildProgress(((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue())));
        }
        return facts;
    }

    public boolean hasReports(long itemId) {
        return getEntityManager().createQuery("select count(ir) from ItemReport ir where ir.item.id = :id", Long.class)
                .setParameter("id", itemId).getSingleResult() > 0;
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
