package ru.opora.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.opora.roadmap.RoadmapDocument;
import ru.opora.roadmap.RoadmapStatus;
import ru.opora.scorecard.MunicipalityFacts.ExecutionFacts;
import ru.opora.scorecard.MunicipalityFacts.MonitoringFacts;
import ru.opora.scorecard.MunicipalityFacts.PublicationFacts;
import ru.opora.scorecard.MunicipalityFacts.RecommendationFacts;
import ru.opora.scorecard.MunicipalityFacts.RoadmapFacts;
import ru.opora.scorecard.MunicipalityFacts.SupportFacts;
import ru.opora.school.SchoolCategory;

/**
 * Reads the facts of the scorecard for every municipality of a region (or one) and several years in two set-based
 * statements over the live tables: no table is precomputed, so a report accepted a moment ago is in the next answer.
 * A year is read as of the given day, or as of its last day once it is over.
 */
@ApplicationScoped
public class ScorecardRepository {

    /**
     * What the reports of the year's periods (yy.y) say of an item i: reported at all (in a submitted or accepted report),
     * done by an accepted report (an item of the whole period also when in progress), done but its report still under
     * review, cancelled with a reason, done with evidence (a link or a file) and how many links and files the accepted
     * reports carry; and a stamp of those item reports and reports (id and version).
     */
    static final String ITEM_FACTS = """
            cross join lateral (
                select coalesce(bool_or(rr.status in ('SUBMITTED', 'ACCEPTED')), false) as reported,
                       coalesce(bool_or(rr.status = 'ACCEPTED'
                               and (ir.status = 'DONE' or (ir.status = 'IN_PROGRESS' and i.whole_period))), false) as done,
                       coalesce(bool_or(rr.status = 'SUBMITTED'
                               and (ir.status = 'DONE' or (ir.status = 'IN_PROGRESS' and i.whole_period))), false) as awaiting,
                       coalesce(bool_or(rr.status in ('SUBMITTED', 'ACCEPTED') and ir.status = 'CANCELLED'), false) as cancelled,
                       coalesce(bool_or(rr.status = 'ACCEPTED' and ir.status = 'DONE'
                               and (jsonb_array_length(ir.evidence) > 0
                                    or exists (select 1 from roadmap_attachment a where a.item_report_id = ir.id))), false)
                           as evidenced,
                       coalesce(sum(jsonb_array_length(ir.evidence)) filter (where rr.status = 'ACCEPTED'), 0) as links,
                       coalesce(sum((select count(*) from roadmap_attachment a where a.item_report_id = ir.id))
                               filter (where rr.status = 'ACCEPTED'), 0) as attachments,
                       coalesce(bit_xor(hashint8extended(ir.id * 1000003 + ir.version, 0)
                               # hashint8extended(rr.id * 7919 + rr.version, 1)), 0) as stamp
                from roadmap_item_report ir join roadmap_report rr on rr.id = ir.report_id
                where ir.item_id = i.id and rr.period like yy.y || '-%') f""";

    /** An item i whose term falls in the year yy and has begun by its as-of day. */
    static final String PLANNED = """
            i.starts_on <= yy.as_of and i.ends_on >= yy.y_start
              and (i.whole_period or exists (select 1 from jsonb_array_elements(i.windows) w
                                             where (w ->> 'from')::date <= yy.as_of and (w ->> 'to')::date >= yy.y_start))""";

    /** The years, each with its first day and the day it is read as of. */
    static final String YEARS = """
            years as (
                select y, make_date(y, 1, 1) as y_start, least(cast(:today as date), make_date(y, 12, 31)) as as_of
                from unnest(cast(string_to_array(:years, ',') as int[])) y),
            muni as (
                select m.id, m.name from municipality m
                where m.region_id = :region and (:municipality = 0 or m.id = :municipality))""";

    /** The programme's schools of each municipality and year: categories of the year the region counts (not revoked). */
    static final String PROGRAMME = """
            programme as (
                select distinct s.municipality_id, a.year as y, s.id as school_id
                from school_category_assignment a join school s on s.id = a.school_id
                where a.year in (select y from years) and a.revoked_at is null and a.category in (:categories)
                  and s.municipality_id in (select id from muni))""";

    /**
     * Per municipality and year: its roadmap of direction 1.2 for the year (an approved one before a draft, the newest
     * first) and its items whose term falls in the year and has begun by the as-of day, with what the submitted or
     * accepted reports of the year's periods say of each; a stamp of the year's item reports and reports (id and
     * version) catches a change the counts do not show.
     */
    private static final String EXECUTION = "with " + YEARS + """
            ,
            rm as (
                select distinct on (r.municipality_id, yy.y) yy.y, r.municipality_id, r.id, r.status, r.version, r.revision,
                       r.title, r.document_kind, r.document_number, r.document_date, r.document_authority
                from roadmap r join years yy on yy.y between r.year_from and r.year_to
                where r.region_id = :region and r.level = 'MUNICIPALITY' and r.direction_code = '1.2'
                  and r.status <> 'ARCHIVED' and r.municipality_id in (select id from muni)
                order by r.municipality_id, yy.y, (r.status <> 'DRAFT') desc, r.year_from desc, r.id desc),
            items as (
                select rm.y, rm.id as roadmap_id, f.*,
                       exists (select 1 from roadmap_item_report ir2 join roadmap_report rr2 on rr2.id = ir2.report_id
                               where ir2.item_id = i.id and rr2.status in ('SUBMITTED', 'ACCEPTED')) as ever_reported
                from rm
                join years yy on yy.y = rm.y
                join roadmap_item i on i.roadmap_id = rm.id
                {ITEM_FACTS}
                where {PLANNED}),
            execution as (
                select it.roadmap_id, it.y,
                       count(*) filter (where not it.cancelled) as planned,
                       count(*) filter (where it.reported and not it.cancelled) as reported,
                       count(*) filter (where it.done and not it.cancelled) as done,
                       count(*) filter (where it.awaiting and not it.done and not it.cancelled) as awaiting,
                       count(*) filter (where it.cancelled) as cancelled,
                       count(*) filter (where not it.ever_reported and not it.cancelled) as never_reported,
                       count(*) filter (where it.evidenced and not it.cancelled) as evidenced,
                       sum(it.links) as links, sum(it.attachments) as attachments, bit_xor(it.stamp) as stamp
                from items it
                group by it.roadmap_id, it.y)
            select muni.id, muni.name, yy.y, yy.as_of,
                   rm.id as roadmap_id, rm.status, rm.version, rm.revision, rm.title,
                   rm.document_kind, rm.document_number, rm.document_date, rm.document_authority,
                   coalesce(x.planned, 0), coalesce(x.reported, 0), coalesce(x.done, 0), coalesce(x.awaiting, 0),
                   coalesce(x.cancelled, 0), coalesce(x.never_reported, 0), coalesce(x.evidenced, 0),
                   coalesce(x.links, 0), coalesce(x.attachments, 0), coalesce(x.stamp, 0)
            from muni cross join years yy
            left join rm on rm.municipality_id = muni.id and rm.y = yy.y
            left join execution x on x.roadmap_id = rm.id and x.y = yy.y
            order by muni.name, muni.id, yy.y""".replace("{ITEM_FACTS}", ITEM_FACTS).replace("{PLANNED}", PLANNED);

    /**
     * Per municipality and year: the forms of its schools in the region's and its own campaigns of the year (not
     * drafts), and its programme's schools (active categories of the year) with accepted whole-school values of the
     * region's indicators of effectiveness in the year and in the year before — whether their dynamics can be analysed.
     * The values are read by the primary key's range (indicator, region, cut, period): the table has no index by school.
     */
    private static final String MONITORING = "with " + YEARS + """
            ,
            forms as (
                select f.municipality_id, c.year as y, count(distinct c.id) as campaigns, count(*) as expected,
                       count(*) filter (where f.status = 'ACCEPTED') as accepted,
                       count(*) filter (where f.status = 'SUBMITTED') as submitted,
                       coalesce(bit_xor(hashint8extended(f.campaign_id * 1000003 + f.school_id * 31 + f.version, 0)), 0) as stamp
                from collection_campaign c join campaign_form f on f.campaign_id = c.id
                where c.region_id = :region and c.year in (select y from years) and c.status <> 'DRAFT'
                  and f.municipality_id in (select id from muni)
                group by f.municipality_id, c.year),
            {PROGRAMME},
            valued as (
                select v.school_id, array_agg(distinct cast(left(v.period, 4) as int)) as years
                from indicator_value v
                where v.indicator_id in (:indicators) and v.region_id = :regionValues and v.disaggregation_id = 0
                  and v.period >= :valuesFrom and v.period < :valuesTo and v.status = 'ACCEPTED'
                group by v.school_id),
            dynamics as (
                select p.municipality_id, p.y, count(*) as schools,
                       count(*) filter (where cur) as with_values,
                       count(*) filter (where cur and prev) as with_dynamics,
                       coalesce(bit_xor(hashint8extended(p.school_id, 2)
                               # hashint8extended(p.school_id * 4 + cur::int * 2 + prev::int, 5)), 0) as stamp
                from programme p
                left join valued val on val.school_id = p.school_id
                cross join lateral (select coalesce(p.y = any(val.years), false) as cur,
                                           coalesce(p.y - 1 = any(val.years), false) as prev) has
                group by p.municipality_id, p.y)
            select muni.id, yy.y,
                   coalesce(f.campaigns, 0), coalesce(f.expected, 0), coalesce(f.accepted, 0), coalesce(f.submitted, 0),
                   coalesce(d.schools, 0), coalesce(d.with_values, 0), coalesce(d.with_dynamics, 0),
                   coalesce(f.stamp, 0) # coalesce(d.stamp, 0)
            from muni cross join years yy
            left join forms f on f.municipality_id = muni.id and f.y = yy.y
            left join dynamics d on d.municipality_id = muni.id and d.y = yy.y""".replace("{PROGRAMME}", PROGRAMME);

    /**
     * The methodological events of the region held in the years ({@code years yy}) for the programme's schools
     * ({@code programme p}): organised by the school, naming it in the audience or the attendance, addressed to a
     * category the school holds that year (within the event's municipality and the audience's municipalities), or to the
     * school's municipality as a whole. Each event is turned into the keys it reaches (a school; a category in a
     * municipality; a whole municipality) and each programme school into the keys it answers to, and the two meet in one
     * join on equal keys: the work grows with the hits, not with the events times the schools, whatever plan PostgreSQL
     * picks (a generic plan once joined every event with every school: 1.2 s for 60 municipalities).
     */
    static final String EVENT_HITS = """
            events as (
                select e.id, e.version, yy.y, e.municipality_id, e.school_id, e.audience_school_ids, e.audience_categories,
                       e.audience_municipality_ids, e.attendance, e.publication_url
                from method_event e join years yy on e.held_on between yy.y_start and yy.as_of
                where e.region_id = :region),
            event_keys as (
                select e.id, e.version, e.y, 'SCHOOL' as kind, n.school_id as ref, '' as category
                from events e
                cross join lateral (select e.school_id as school_id
                                    union select cast(x as bigint) from jsonb_array_elements_text(e.audience_school_ids) x
                                    union select cast(x ->> 'schoolId' as bigint) from jsonb_array_elements(e.attendance) x) n
                where n.school_id is not null
                union all
                select e.id, e.version, e.y, 'CATEGORY', scope.municipality_id, c.category
                from events e
                cross join jsonb_array_elements_text(e.audience_categories) c(category)
                cross join lateral (
                    select e.municipality_id as municipality_id
                    where e.municipality_id is not null and (jsonb_array_length(e.audience_municipality_ids) = 0
                                                             or e.audience_municipality_ids @> to_jsonb(e.municipality_id))
                    union all
                    select cast(x as bigint) from jsonb_array_elements_text(e.audience_municipality_ids) x
                    where e.municipality_id is null
                    union all
                    select id from muni where e.municipality_id is null and jsonb_array_length(e.audience_municipality_ids) = 0
                ) scope
                union all
                select e.id, e.version, e.y, 'MUNICIPALITY', cast(x as bigint), ''
                from events e cross join jsonb_array_elements_text(e.audience_municipality_ids) x
                where jsonb_array_length(e.audience_categories) = 0 and jsonb_array_length(e.audience_school_ids) = 0),
            school_keys as (
                select p.municipality_id, p.y, p.school_id, 'SCHOOL' as kind, p.school_id as ref, '' as category
                from programme p
                union all
                select p.municipality_id, p.y, p.school_id, 'CATEGORY', p.municipality_id, a.category
                from programme p
                join school_category_assignment a on a.school_id = p.school_id and a.year = p.y and a.revoked_at is null
                union all
                select p.municipality_id, p.y, p.school_id, 'MUNICIPALITY', p.municipality_id, ''
                from programme p),
            event_hits as (
                select distinct k.municipality_id, k.y, k.school_id, e.id, e.version
                from event_keys e
                join school_keys k on k.kind = e.kind and k.ref = e.ref and k.category = e.category and k.y = e.y)""";

    /**
     * Per municipality and year, over its programme's schools: who received methodological events, curators' visits
     * (held) and a partner school (criterion 3), the recommendations issued to them in the year and how many are
     * answered (criterion 5), and the municipality's own events with a publication (criterion 6). Each part carries a
     * stamp of its rows (id and version, salted by the school) so a change the counts do not show still shows. Every
     * part is grouped by municipality and year and joined once: the work stays linear in the region's rows whichever
     * plan PostgreSQL picks.
     */
    private static final String SUPPORT = "with " + YEARS + ",\n" + PROGRAMME + ",\n" + EVENT_HITS + """
            ,
            visit_hits as (
                select p.municipality_id, p.y, p.school_id, v.id, v.version
                from programme p join years yy on yy.y = p.y
                join curator_visit v on v.school_id = p.school_id and v.status = 'HELD'
                     and v.visit_on between yy.y_start and yy.as_of),
            pair_hits as (
                select p.municipality_id, p.y, p.school_id, pp.id, pp.version
                from programme p join partner_pair pp on pp.supported_school_id = p.school_id and pp.year = p.y),
            programme_size as (
                select municipality_id, y, count(*) as schools from programme group by municipality_id, y),
            by_events as (
                select municipality_id, y, count(distinct school_id) as schools, count(distinct id) as events,
                       bit_xor(hashint8extended(id * 1000003 + version, school_id)) as stamp
                from event_hits group by municipality_id, y),
            by_visits as (
                select municipality_id, y, count(distinct school_id) as schools, count(*) as visits,
                       bit_xor(hashint8extended(id * 1000003 + version, 1)) as stamp
                from visit_hits group by municipality_id, y),
            by_pairs as (
                select municipality_id, y, count(distinct school_id) as schools,
                       bit_xor(hashint8extended(id * 1000003 + version, 2)) as stamp
                from pair_hits group by municipality_id, y),
            supported as (
                select municipality_id, y, count(*) as schools
                from (select municipality_id, y, school_id from event_hits
                      union select municipality_id, y, school_id from visit_hits
                      union select municipality_id, y, school_id from pair_hits) u
                group by municipality_id, y),
            recs as (
                select p.municipality_id, p.y, count(distinct r.school_id) as schools, count(*) as issued,
                       count(*) filter (where r.status in ('ANSWERED', 'DONE')) as answered,
                       count(*) filter (where r.status = 'DONE') as done,
                       count(*) filter (where r.status = 'ISSUED' and r.due_on < yy.as_of) as overdue,
                       bit_xor(hashint8extended(r.id * 1000003 + r.version, 3)) as stamp
                from programme p join years yy on yy.y = p.y
                join recommendation r on r.school_id = p.school_id and r.status <> 'WITHDRAWN'
                     and r.issued_on between yy.y_start and yy.as_of
                group by p.municipality_id, p.y),
            own_events as (
                select e.municipality_id, e.y, count(*) as events,
                       count(*) filter (where e.publication_url is not null) as published,
                       bit_xor(hashint8extended(e.id * 1000003 + e.version, 4)) as stamp
                from events e where e.municipality_id in (select id from muni)
                group by e.municipality_id, e.y)
            select muni.id, yy.y, coalesce(ps.schools, 0),
                   coalesce(be.schools, 0), coalesce(be.events, 0), coalesce(bv.schools, 0), coalesce(bv.visits, 0),
                   coalesce(bp.schools, 0), coalesce(su.schools, 0),
                   coalesce(r.schools, 0), coalesce(r.issued, 0), coalesce(r.answered, 0), coalesce(r.done, 0),
                   coalesce(r.overdue, 0), coalesce(o.events, 0), coalesce(o.published, 0),
                   coalesce(be.stamp, 0) # coalesce(bv.stamp, 0) # coalesce(bp.stamp, 0),
                   coalesce(r.stamp, 0), coalesce(o.stamp, 0)
            from muni cross join years yy
            left join programme_size ps on ps.municipality_id = muni.id and ps.y = yy.y
            left join by_events be on be.municipality_id = muni.id and be.y = yy.y
            left join by_visits bv on bv.municipality_id = muni.id and bv.y = yy.y
            left join by_pairs bp on bp.municipality_id = muni.id and bp.y = yy.y
            left join supported su on su.municipality_id = muni.id and su.y = yy.y
            left join recs r on r.municipality_id = muni.id and r.y = yy.y
            left join own_events o on o.municipality_id = muni.id and o.y = yy.y""";

    private final EntityManager em;

    ScorecardRepository(EntityManager em) {
        this.em = em;
    }

    /** A municipality and year. */
    public record Key(long municipalityId, int year) {
    }

    /**
     * The facts of every municipality of the region (or of {@code municipalityId} alone) for each year, in the order of
     * the municipalities' names, read as of {@code today}.
     */
    public Map<Key, MunicipalityFacts> facts(long regionId, Long municipalityId, List<Integer> years, LocalDate today,
                                             List<SchoolCategory> categories, List<Long> indicators) {
        Map<Key, Object[]> execution = new LinkedHashMap<>();
        for (Object[] row : rows(EXECUTION, regionId, municipalityId, years, today, null)) {
            execution.put(new Key(n(row[0]), (int) n(row[2])), row);
        }
        Map<Key, MonitoringFacts> monitoring = new HashMap<>();
        List<String> codes = categories.isEmpty() ? List.of("-") : categories.stream().map(Enum::name).toList();
        Query monitoringQuery = query(MONITORING, regionId, municipalityId, years, today, codes);
        monitoringQuery.setParameter("indicators", indicators.isEmpty() ? List.of(-1)
                        : indicators.stream().map(Math::toIntExact).toList())
                .setParameter("regionValues", Math.toIntExact(regionId))
                .setParameter("valuesFrom", Integer.toString(years.stream().min(Integer::compare).orElseThrow() - 1))
                .setParameter("valuesTo", Integer.toString(years.stream().max(Integer::compare).orElseThrow() + 1));
        for (Object[] row : list(monitoringQuery)) {
            monitoring.put(new Key(n(row[0]), (int) n(row[1])), new MonitoringFacts(n(row[2]), n(row[3]), n(row[4]),
                    n(row[5]), n(row[6]), n(row[7]), n(row[8]), n(row[9])));
        }
        Map<Key, SupportFacts> support = new HashMap<>();
        Map<Key, RecommendationFacts> recommendations = new HashMap<>();
        Map<Key, PublicationFacts> publications = new HashMap<>();
        for (Object[] row : rows(SUPPORT, regionId, municipalityId, years, today, codes)) {
            Key key = new Key(n(row[0]), (int) n(row[1]));
            support.put(key, new SupportFacts(n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]), n(row[7]),
                    n(row[8]), n(row[16])));
            recommendations.put(key, new RecommendationFacts(n(row[2]), n(row[9]), n(row[10]), n(row[11]), n(row[12]),
                    n(row[13]), n(row[17])));
            publications.put(key, new PublicationFacts(n(row[14]), n(row[15]), n(row[18])));
        }
        Map<Key, MunicipalityFacts> facts = new LinkedHashMap<>();
        execution.forEach((key, r) -> {
            RoadmapFacts roadmap = r[4] == null ? new RoadmapFacts(null, null, null, null, 0, 0)
                    : new RoadmapFacts(n(r[4]), RoadmapStatus.valueOf((String) r[5]), (String) r[8],
                    r[10] == null ? null : new RoadmapDocument((String) r[9], (String) r[10], date(r[11]), (String) r[12]),
                    n(r[6]), (int) n(r[7]));
            ExecutionFacts done = new ExecutionFacts(n(r[13]), n(r[14]), n(r[15]), n(r[16]), n(r[17]), n(r[18]),
                    n(r[19]), n(r[20]), n(r[21]), n(r[22]));
            facts.put(key, new MunicipalityFacts(key.municipalityId(), (String) r[1], key.year(), date(r[3]), roadmap,
                    done, monitoring.get(key), support.get(key), recommendations.get(key), publications.get(key)));
        });
        return facts;
    }

    private List<Object[]> rows(String sql, long regionId, Long municipalityId, List<Integer> years, LocalDate today,
                                List<String> categories) {
        return list(query(sql, regionId, municipalityId, years, today, categories));
    }

    private Query query(String sql, long regionId, Long municipalityId, List<Integer> years, LocalDate today,
                        List<String> categories) {
        Query query = em.createNativeQuery(sql)
                .setParameter("region", regionId)
                .setParameter("municipality", municipalityId == null ? 0L : municipalityId)
                .setParameter("years", years.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
                .setParameter("today", Date.valueOf(today));
        if (categories != null) {
            query.setParameter("categories", categories);
        }
        return query;
    }

    private static List<Object[]> list(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new ArrayList<>(rows);
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
