package ru.opora.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.opora.indicator.Better;
import ru.opora.scorecard.ScorecardViews.EffectGroup;
import ru.opora.scorecard.ScorecardViews.EffectIndicator;
import ru.opora.scorecard.ScorecardViews.EffectRow;
import ru.opora.scorecard.ScorecardViews.EffectVerdict;

/**
 * The effectiveness of the measures: for the region's chosen indicators, how the values of the programme's schools
 * changed from the year before, against the change of the other schools of the same municipality (a difference of
 * differences over the schools with accepted values of both years, whole-school values only). Read from the live
 * values when asked, per municipality and for the whole region in one statement.
 */
@ApplicationScoped
public class ScorecardEffectiveness {

    /** A difference smaller than this (in the indicator's units) is no difference. */
    static final BigDecimal NEGLIGIBLE = new BigDecimal("0.05");

    /**
     * Each school's mean of the year before and of this year in one pass over the primary key's range, with no join of
     * the values with themselves: a prepared statement's generic plan estimates such a join at one row and runs it as a
     * nested loop (7.5 million comparisons for a region of 646 schools, half a second).
     */
    private static final String SQL = """
            with prog as (
                select distinct a.school_id from school_category_assignment a join school s on s.id = a.school_id
                join municipality m on m.id = s.municipality_id
                where m.region_id = :region and a.year = :year and a.revoked_at is null and a.category in (:categories)),
            sy as (
                select v.indicator_id, v.school_id,
                       max(v.municipality_id) filter (where left(v.period, 4) = :current) as municipality_id,
                       avg(v.num_value) filter (where left(v.period, 4) = :previous) as prev,
                       avg(v.num_value) filter (where left(v.period, 4) = :current) as cur
                from indicator_value v
                where v.indicator_id in (:ids) and v.region_id = :region and v.disaggregation_id = 0
                  and v.period >= :previous and v.period < :next
                  and v.status = 'ACCEPTED' and v.num_value is not null
                  and (:municipality = 0 or v.municipality_id = :municipality)
                group by v.indicator_id, v.school_id),
            pairs as (
                select indicator_id, municipality_id, school_id in (select school_id from prog) as programme, prev, cur
                from sy
                where prev is not null and cur is not null)
            select indicator_id, municipality_id, programme, count(*), avg(prev), avg(cur), avg(cur - prev),
                   grouping(municipality_id)
            from pairs
            group by grouping sets ((indicator_id, municipality_id, programme), (indicator_id, programme))""";

    private final EntityManager em;

    ScorecardEffectiveness(EntityManager em) {
        this.em = em;
    }

    /** The indicators the region chose, in the order of its settings (codes the catalogue lacks are left out). */
    public List<EffectIndicator> indicators(long regionId, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, code, name, unit, better from indicator
                        where code in (:codes) and (region_id is null or region_id = :region) and not archived""")
                .setParameter("codes", codes).setParameter("region", regionId).getResultList();
        Map<String, EffectIndicator> byCode = new HashMap<>();
        for (Object[] r : rows) {
            byCode.put((String) r[1], new EffectIndicator(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    (String) r[3], Better.valueOf((String) r[4])));
        }
        return codes.stream().filter(byCode::containsKey).map(byCode::get).toList();
    }

    /**
     * Per indicator: a row per municipality and a row for the region ({@code municipalityId} null), or only the row of
     * {@code municipalityId} when given; each compares the programme's schools with the others.
     */
    public List<EffectRow> rows(long regionId, Long municipalityId, int year, List<EffectIndicator> indicators,
                                List<String> categories, Map<Long, String> municipalityNames) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter("ids", indicators.stream().map(i -> Math.toIntExact(i.id())).toList())
                .setParameter("region", Math.toIntExact(regionId)).setParameter("year", year)
                // The range of the primary key (indicator, region, cut, period): the year before and this one.
                .setParameter("previous", Integer.toString(year - 1)).setParameter("current", Integer.toString(year))
                .setParameter("next", Integer.toString(year + 1))
                .setParameter("municipality", municipalityId == null ? 0L : municipalityId)
                .setParameter("categories", categories.isEmpty() ? List.of("-") : categories).getResultList();
        record Key(long indicatorId, Long municipalityId) {
        }
        Map<Key, EffectGroup[]> groups = new HashMap<>();
        for (Object[] r : rows) {
            boolean region = ((Number) r[7]).intValue() == 1;
            Key key = new Key(((Number) r[0]).longValue(), region ? null : ((Number) r[1]).longValue());
            EffectGroup group = new EffectGroup(((Number) r[3]).longValue(), round(r[4]), round(r[5]), round(r[6]));
            groups.computeIfAbsent(key, k -> new EffectGroup[2])[Boolean.TRUE.equals(r[2]) ? 0 : 1] = group;
        }
        List<EffectRow> result = new ArrayList<>();
        for (EffectIndicator indicator : indicators) {
            List<Long> municipalities = municipalityId != null ? List.of(municipalityId)
                    : new ArrayList<>(municipalityNames.keySet());
            for (Long m : municipalities) {
                EffectGroup[] found = groups.get(new Key(indicator.id(), m));
                // In the region's table a municipality without schools of both years has nothing to show.
                if (found != null || municipalityId != null) {
                    result.add(row(indicator, m, municipalityNames.get(m), found));
                }
            }
            if (municipalityId == null) {
                result.add(row(indicator, null, null, groups.get(new Key(indicator.id(), null))));
            }
        }
        return result;
    }

    private static EffectRow row(EffectIndicator indicator, Long municipalityId, String name, EffectGroup[] found) {
        EffectGroup programme = found == null || found[0] == null ? EffectGroup.EMPTY : found[0];
        EffectGroup others = found == null || found[1] == null ? EffectGroup.EMPTY : found[1];
        BigDecimal difference = programme.change() == null || others.change() == null ? null
                : programme.change().subtract(others.change());
        return new EffectRow(indicator.code(), municipalityId, name, programme, others, difference,
                verdict(indicator.better(), programme.change(), difference));
    }

    /**
     * Better when the programme's schools moved in the indicator's better direction more than the others; worse when the
     * other way; same within {@link #NEGLIGIBLE}. With no other schools to compare with, improved or declined against
     * the year before.
     */
    static EffectVerdict verdict(Better better, BigDecimal programmeChange, BigDecimal difference) {
        BigDecimal gain = difference != null ? difference : programmeChange;
        if (gain == null || better == Better.NONE) {
            return EffectVerdict.NO_DATA;
        }
        if (gain.abs().compareTo(NEGLIGIBLE) < 0) {
            return EffectVerdict.SAME;
        }
        boolean improved = (gain.signum() > 0) == (better == Better.HIGHER);
        if (difference == null) {
            return improved ? EffectVerdict.IMPROVED : EffectVerdict.DECLINED;
        }
        return improved ? EffectVerdict.BETTER : EffectVerdict.WORSE;
    }

    private static BigDecimal round(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
