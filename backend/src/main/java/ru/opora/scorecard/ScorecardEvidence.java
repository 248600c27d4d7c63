package ru.opora.scorecard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.opora.roadmap.report.EvidenceLink;
import ru.opora.scorecard.ScorecardViews.Evidence;
import ru.opora.scorecard.ScorecardViews.EvidenceKind;
import ru.opora.school.SchoolCategory;

/**
 * The evidence listed under each criterion of one municipality's card: the roadmap and its reports of the year, the
 * items not done, the campaigns and the programme's schools without dynamics, the links and files of the reports —
 * each a link to the object in the system or to the document outside it.
 */
@ApplicationScoped
public class ScorecardEvidence {

    /** Links beyond this many are counted in the figures but not listed. */
    static final int MAX_LINKS = 100;

    private final EntityManager em;
    private final ObjectMapper json;

    ScorecardEvidence(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public Map<Criterion, List<Evidence>> of(long regionId, MunicipalityFacts facts, List<SchoolCategory> categories,
                                             List<Long> indicators) {
        Map<Criterion, List<Evidence>> found = new EnumMap<>(Criterion.class);
        if (facts.roadmap().exists()) {
            long roadmap = facts.roadmap().id();
            found.put(Criterion.ROADMAP, List.of(new Evidence(EvidenceKind.ROADMAP, roadmap, null, facts.roadmap().title(),
                    RussianText.status(facts.roadmap().status()), null)));
            List<Evidence> measures = new ArrayList<>(reports(roadmap, facts));
            measures.addAll(undone(roadmap, facts));
            found.put(Criterion.MEASURES, measures);
            found.put(Criterion.PUBLICITY, links(roadmap, facts));
        }
        found.put(Criterion.MONITORING, monitoring(regionId, facts, categories, indicators));
        found.put(Criterion.SUPPORT, support(regionId, facts, categories));
        found.put(Criterion.RECOMMENDATIONS, recommendations(facts, categories));
        List<Evidence> publicity = new ArrayList<>(found.getOrDefault(Criterion.PUBLICITY, List.of()));
        publicity.addAll(publications(facts));
        found.put(Criterion.PUBLICITY, publicity);
        return found;
    }

    private List<Evidence> reports(long roadmap, MunicipalityFacts facts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select period, status from roadmap_report
                        where roadmap_id = :roadmap and period like :year || '-%' order by period""")
                .setParameter("roadmap", roadmap).setParameter("year", Integer.toString(facts.year())).getResultList();
        return rows.stream().map(r -> new Evidence(EvidenceKind.REPORT, roadmap, (String) r[0],
                "Отчёт за " + ru.opora.roadmap.ReportingPeriod.parse((String) r[0]).label(), reportStatus((String) r[1]),
                null)).toList();
    }

    /** Items of the year not reported done: never reported, or reported but not done. */
    private List<Evidence> undone(long roadmap, MunicipalityFacts facts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(("""
                        with yy as (select :year as y, make_date(:year, 1, 1) as y_start, cast(:asOf as date) as as_of)
                        select i.number, i.title, f.reported,
                               exists (select 1 from roadmap_item_report ir2 join roadmap_report rr2 on rr2.id = ir2.report_id
                                       where ir2.item_id = i.id and rr2.status in ('SUBMITTED', 'ACCEPTED')) as ever
                        from yy join roadmap_item i on i.roadmap_id = :roadmap
                        {ITEM_FACTS}
                        where {PLANNED} and not f.done and not f.cancelled
                        order by i.starts_on, i.id""").replace("{ITEM_FACTS}", ScorecardRepository.ITEM_FACTS)
                        .replace("{PLANNED}", ScorecardRepository.PLANNED))
                .setParameter("roadmap", roadmap).setParameter("year", facts.year())
                .setParameter("asOf", Date.valueOf(facts.asOf())).getResultList();
        return rows.stream().map(r -> new Evidence(EvidenceKind.ITEM, roadmap, null, r[0] + ". " + r[1],
                !Boolean.TRUE.equals(r[3]) ? "ни разу не включалось в отчёты"
                        : Boolean.TRUE.equals(r[2]) ? "в отчётах года не отмечено выполненным" : "нет в отчётах года",
                null)).toList();
    }

    /** The links of the year's accepted reports on items reported done, with where they stand. */
    private List<Evidence> links(long roadmap, MunicipalityFacts facts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select i.number, rr.period, cast(ir.evidence as text),
                               (select count(*) from roadmap_attachment a where a.item_report_id = ir.id)
                        from roadmap_item_report ir
                        join roadmap_report rr on rr.id = ir.report_id
                        join roadmap_item i on i.id = ir.item_id
                        where rr.roadmap_id = :roadmap and rr.period like :year || '-%'
                          and rr.status = 'ACCEPTED' and ir.status = 'DONE'
                        order by rr.period, i.starts_on, i.id""")
                .setParameter("roadmap", roadmap).setParameter("year", Integer.toString(facts.year())).getResultList();
        List<Evidence> found = new ArrayList<>();
        for (Object[] r : rows) {
            String where = "мероприятие " + r[0] + ", " + ru.opora.roadmap.ReportingPeriod.parse((String) r[1]).label();
            for (EvidenceLink link : links((String) r[2])) {
                if (found.size() < MAX_LINKS) {
                    found.add(new Evidence(EvidenceKind.LINK, roadmap, (String) r[1], link.title(), where, link.url()));
                }
            }
            long files = ((Number) r[3]).longValue();
            if (files > 0 && found.size() < MAX_LINKS) {
                found.add(new Evidence(EvidenceKind.REPORT, roadmap, (String) r[1], "Приложено файлов: " + files, where,
                        null));
            }
        }
        return found;
    }

    private List<EvidenceLink> links(String text) {
        try {
            return json.readValue(text, new TypeReference<List<EvidenceLink>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Evidence links of a report are not JSON: " + text, e);
        }
    }

    private List<Evidence> monitoring(long regionId, MunicipalityFacts facts, List<SchoolCategory> categories,
                                      List<Long> indicators) {
        List<Evidence> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> campaigns = em.createNativeQuery("""
                        select c.id, c.name, count(*), count(*) filter (where f.status = 'ACCEPTED')
                        from collection_campaign c join campaign_form f on f.campaign_id = c.id
                        where f.municipality_id = :municipality and c.year = :year and c.status <> 'DRAFT'
                        group by c.id, c.name order by c.name""")
                .setParameter("municipality", facts.municipalityId()).setParameter("year", facts.year()).getResultList();
        for (Object[] c : campaigns) {
            found.add(new Evidence(EvidenceKind.CAMPAIGN, ((Number) c[0]).longValue(), null, (String) c[1],
                    "принято форм: " + c[3] + " из " + c[2], null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> schools = em.createNativeQuery("""
                        with valued as (
                            select distinct v.school_id, cast(left(v.period, 4) as int) as y
                            from indicator_value v
                            where v.indicator_id in (:indicators) and v.region_id = :region and v.disaggregation_id = 0
                              and v.period >= :prev and v.period < :next and v.status = 'ACCEPTED'
                              and v.municipality_id = :municipality)
                        select s.id, s.short_name,
                               exists (select 1 from valued w where w.school_id = s.id and w.y = :year),
                               exists (select 1 from valued w where w.school_id = s.id and w.y = :year - 1)
                        from school s
                        where s.municipality_id = :municipality and exists (select 1 from school_category_assignment a
                              where a.school_id = s.id and a.year = :year and a.revoked_at is null and a.category in (:categories))
                        order by s.short_name""")
                .setParameter("municipality", facts.municipalityId()).setParameter("year", facts.year())
                .setParameter("next", Integer.toString(facts.year() + 1))
                .setParameter("prev", Integer.toString(facts.year() - 1))
                .setParameter("region", Math.toIntExact(regionId))
                .setParameter("indicators", indicators.isEmpty() ? List.of(-1) : indicators.stream().map(Math::toIntExact).toList())
                .setParameter("categories", categories.isEmpty() ? List.of("-") : categories.stream().map(Enum::name).toList())
                .getResultList();
        for (Object[] s : schools) {
            boolean now = Boolean.TRUE.equals(s[2]);
            boolean before = Boolean.TRUE.equals(s[3]);
            found.add(new Evidence(EvidenceKind.SCHOOL, ((Number) s[0]).longValue(), null, (String) s[1],
                    now && before ? "есть данные за " + (facts.year() - 1) + " и " + facts.year() + " годы: динамика анализируется"
                            : now ? "нет принятых значений показателей эффективности за " + (facts.year() - 1)
                            + " год: динамику не с чем сравнить"
                            : "нет принятых значений показателей эффективности за " + facts.year() + " год", null));
        }
        return found;
    }

    /** Each programme school with the support it received: events, curators' visits held, its partner school. */
    private List<Evidence> support(long regionId, MunicipalityFacts facts, List<SchoolCategory> categories) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = programmeQuery("," + ScorecardRepository.EVENT_HITS + """

                        select p.school_id, s.short_name,
                               (select count(*) from event_hits h where h.school_id = p.school_id and h.y = p.y),
                               (select count(*) from curator_visit v where v.school_id = p.school_id and v.status = 'HELD'
                                    and v.visit_on between yy.y_start and yy.as_of),
                               (select string_agg(l.short_name, ', ' order by l.short_name) from partner_pair pp
                                    join school l on l.id = pp.leader_school_id
                                    where pp.supported_school_id = p.school_id and pp.year = p.y)
                        from programme p join years yy on yy.y = p.y join school s on s.id = p.school_id
                        order by s.short_name, s.id""", facts, categories)
                .setParameter("region", regionId).getResultList();
        List<Evidence> found = new ArrayList<>();
        for (Object[] r : rows) {
            long events = ((Number) r[2]).longValue();
            long visits = ((Number) r[3]).longValue();
            List<String> parts = new ArrayList<>();
            if (events > 0) {
                parts.add("мероприятий: " + events);
            }
            if (visits > 0) {
                parts.add("визитов куратора: " + visits);
            }
            if (r[4] != null) {
                parts.add("школа-партнёр: " + r[4]);
            }
            found.add(new Evidence(EvidenceKind.SCHOOL, ((Number) r[0]).longValue(), null, (String) r[1],
                    parts.isEmpty() ? "сопровождения в " + facts.year() + " году нет" : String.join("; ", parts), null));
        }
        return found;
    }

    /** The recommendations of the year to the programme's schools, with where each stands. */
    private List<Evidence> recommendations(MunicipalityFacts facts, List<SchoolCategory> categories) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = programmeQuery("""
                        select r.id, s.short_name, r.text, r.status, r.due_on, r.due_on < yy.as_of
                        from programme p join years yy on yy.y = p.y join school s on s.id = p.school_id
                        join recommendation r on r.school_id = p.school_id and r.status <> 'WITHDRAWN'
                             and r.issued_on between yy.y_start and yy.as_of
                        order by r.issued_on, r.id""", facts, categories).setMaxResults(MAX_LINKS).getResultList();
        return rows.stream().map(r -> new Evidence(EvidenceKind.RECOMMENDATION, ((Number) r[0]).longValue(), null,
                r[1] + ": " + shortened((String) r[2]), switch ((String) r[3]) {
                    case "ANSWERED" -> "школа ответила";
                    case "DONE" -> "выполнена";
                    default -> Boolean.TRUE.equals(r[5]) ? "без ответа, срок " + RussianText.date(ScorecardRepository.date(r[4]))
                            + " прошёл" : "ждёт ответа до " + RussianText.date(ScorecardRepository.date(r[4]));
                }, null)).toList();
    }

    /** The municipality's and its schools' events of the year with their publications. */
    private List<Evidence> publications(MunicipalityFacts facts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select e.id, e.topic, e.held_on, e.publication_url from method_event e
                        where e.municipality_id = :municipality and e.held_on between make_date(:year, 1, 1) and :asOf
                        order by e.held_on, e.id""")
                .setParameter("municipality", facts.municipalityId()).setParameter("year", facts.year())
                .setParameter("asOf", Date.valueOf(facts.asOf())).setMaxResults(MAX_LINKS).getResultList();
        return rows.stream().map(r -> new Evidence(r[3] == null ? EvidenceKind.EVENT : EvidenceKind.LINK,
                ((Number) r[0]).longValue(), null, (String) r[1],
                "мероприятие " + RussianText.date(ScorecardRepository.date(r[2]))
                        + (r[3] == null ? ", публикации нет" : ""), (String) r[3])).toList();
    }

    /** A query over the programme's schools of the municipality's year ({@code programme p}, {@code years yy}). */
    private jakarta.persistence.Query programmeQuery(String select, MunicipalityFacts facts, List<SchoolCategory> categories) {
        String sql = "with years as (select cast(:year as int) as y, make_date(:year, 1, 1) as y_start,"
                + " cast(:asOf as date) as as_of),\n"
                + "muni as (select cast(:municipality as bigint) as id),\n" + ScorecardRepository.PROGRAMME + "\n" + select;
        return em.createNativeQuery(sql)
                .setParameter("municipality", facts.municipalityId()).setParameter("year", facts.year())
                .setParameter("asOf", Date.valueOf(facts.asOf()))
                .setParameter("categories", categories.isEmpty() ? List.of("-") : categories.stream().map(Enum::name).toList());
    }


    private static String shortened(String text) {
        return text.length() <= 160 ? text : text.substring(0, text.lastIndexOf(' ', 159) > 80 ? text.lastIndexOf(' ', 159) : 159) + "…";
    }

    private static String reportStatus(String status) {
        return switch (status) {
            case "DRAFT" -> "черновик, не сдан";
            case "SUBMITTED" -> "сдан, на проверке";
            case "RETURNED" -> "возвращён на доработку";
            case "ACCEPTED" -> "принят";
            default -> status;
        };
    }
}
