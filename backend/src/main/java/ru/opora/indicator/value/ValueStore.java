package ru.opora.indicator.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ru.opora.common.entity.Versions;
import ru.opora.ledger.Ledger;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one school, read and written with plain SQL: indicator_value is keyed for analysis, not mapped
 * as an entity. Every write records its history row (who, when, old → new, why) in the same transaction.
 */
@ApplicationScoped
public class ValueStore {

    /** Where a value was written from: a school's form, a bulk import, or computed from two counts. */
    public enum Origin { FORM, IMPORT, COMPUTED }

    /**
     * The school's region, for the primary key (indicator, region, cut, period, school): every statement below names
     * the whole key or, with {@link #SCHOOL_CUTS}, each of the indicators' cuts, so that it reads by that key alone.
     */
    private static final String SCHOOL_REGION = "(select m.region_id from school s join municipality m on m.id = s.municipality_id"
            + " where s.id = :school)";
    /**
     * Values under each cut of the indicators (:indicators), joined as {@code v}; the caller adds the region, period
     * and schools, and further conditions, to the join.
     */
    private static final String INDICATOR_CUTS = " from indicator_disaggregation c join indicator_value v on v.indicator_id = c.indicator_id"
            + " and v.disaggregation_id = c.disaggregation_id and c.indicator_id in (:indicators)";
    /** The school's values of the period under each cut of the indicators. */
    private static final String SCHOOL_CUTS = INDICATOR_CUTS + " and v.region_id = " + SCHOOL_REGION
            + " and v.period = :period and v.school_id = :school";

    /** A value of one of several schools, as {@link #readSchools} gives it. */
    public record SchoolValue(long schoolId, StoredValue.Key key, BigDecimal number, String text) {
    }

    private final EntityManager em;
    private final Ledger ledger;

    ValueStore(EntityManager em, Ledger ledger) {
        this.em = em;
        this.ledger = ledger;
    }

    /** The school's values of the period for the given indicators. */
    public Map<StoredValue.Key, StoredValue> read(long schoolId, String period, Collection<Integer> indicatorIds) {
        Map<StoredValue.Key, StoredValue> values = new LinkedHashMap<>();
        if (indicatorIds.isEmpty()) {
            return values;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select v.indicator_id, v.disaggregation_id, v.num_value, v.text_value, v.status,"
                        + " v.comment, v.return_reason, v.version, v.updated_at, v.updated_by" + SCHOOL_CUTS)
                .setParameter("school", schoolId).setParameter("period", period).setParameter("indicators", indicatorIds)
                .getResultList();
        for (Object[] r : rows) {
            StoredValue value = new StoredValue(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (BigDecimal) r[2],
                    (String) r[3], ValueStatus.valueOf((String) r[4]), (String) r[5], (String) r[6],
                    ((Number) r[7]).intValue(), instant(r[8]), (String) r[9]);
            values.put(value.key(), value);
        }
        return values;
    }

    /** The values of the period of these schools of the region for the given indicators. */
    public List<SchoolValue> readSchools(long regionId, String period, Collection<Long> schoolIds, Collection<Integer> indicatorIds) {
        if (schoolIds.isEmpty() || indicatorIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select v.school_id, v.indicator_id, v.disaggregation_id, v.num_value, v.text_value"
                        + INDICATOR_CUTS + " and v.region_id = :region and v.period = :period and v.school_id in (:schools)")
                .setParameter("indicators", indicatorIds).setParameter("region", regionId).setParameter("period", period)
                .setParameter("schools", schoolIds).getResultList();
        return rows.stream().map(r -> new SchoolValue(((Number) r[0]).longValue(),
                new StoredValue.Key(((Number) r[1]).intValue(), ((Number) r[2]).intValue()), (BigDecimal) r[3], (String) r[4])).toList();
    }

    /**
     * Creates or changes one value and records the change. A change is written only over the version the caller
     * read ({@code old}); if another writer took it first, nothing is written and the change is refused (409).
     */
    public void write(long schoolId, String period, StoredValue.Key key, BigDecimal number, String text, String comment,
                      ValueStatus status, Origin origin, Long campaignId, String user, Instant now, StoredValue old) {
        if (old == null) {
            // Two first writes of one value collide on the primary key: the later is refused (409).
            em.createNativeQuery("""
                    insert into indicator_value (indicator_id, region_id, disaggregation_id, period, school_id, municipality_id,
                        year, num_value, text_value, status, comment, origin, version, created_at, created_by, updated_at, updated_by)
                    select :indicator, m.region_id, :disaggregation, :period, s.id, s.municipality_id, :year,
                           cast(:num as numeric), cast(:text as varchar), :status, cast(:comment as varchar), :origin, 0,
                           cast(:now as timestamptz), :user, cast(:now as timestamptz), :user
                    from school s join municipality m on m.id = s.municipality_id where s.id = :school""")
                    .setParameter("indicator", key.indicatorId()).setParameter("disaggregation", key.disaggregationId())
                    .setParameter("period", period).setParameter("school", schoolId)
                    .setParameter("year", Integer.parseInt(period.substring(0, 4)))
                    .setParameter("num", number).setParameter("text", text).setParameter("status", status.name())
                    .setParameter("comment", comment).setParameter("origin", origin.name())
                    .setParameter("now", Timestamp.from(now)).setParameter("user", user).executeUpdate();
        } else {
            int rows = em.createNativeQuery("""
                    update indicator_value set num_value = :num, text_value = :text, status = :status, comment = :comment,
                        return_reason = null, origin = :origin, version = version + 1, updated_at = :now, updated_by = :user
                    where indicator_id = :indicator and region_id = %s and disaggregation_id = :disaggregation
                      and period = :period and school_id = :school and version = :version""".formatted(SCHOOL_REGION))
                    .setParameter("indicator", key.indicatorId()).setParameter("disaggregation", key.disaggregationId())
                    .setParameter("period", period).setParameter("school", schoolId)
                    .setParameter("num", number).setParameter("text", text).setParameter("status", status.name())
                    .setParameter("comment", comment).setParameter("origin", origin.name())
                    .setParameter("now", Timestamp.from(now)).setParameter("user", user)
                    .setParameter("version", old.version()).executeUpdate();
            Versions.requireWritten(rows, old.version());
        }
        history(schoolId, period, key, old == null ? null : old.number(), old == null ? null : old.text(),
                number, text, old == null ? null : old.status(), status, comment, user, now);
    }

    /** Removes a value the school cleared, keeping the removal in the history. */
    public void delete(long schoolId, String period, StoredValue old, String user, Instant now) {
        int rows = em.createNativeQuery("delete from indicator_value where indicator_id = :indicator and region_id = " + SCHOOL_REGION
                        + " and disaggregation_id = :disaggregation and period = :period and school_id = :school"
                        + " and version = :version")
                .setParameter("school", schoolId).setParameter("period", period)
                .setParameter("indicator", old.indicatorId()).setParameter("disaggregation", old.disaggregationId())
                .setParameter("version", old.version()).executeUpdate();
        Versions.requireWritten(rows, old.version());
        historyRow(schoolId, period, old.key(), old.number(), old.text(), null, null, old.status(), old.status(),
                "значение удалено", user, now);
        ledger.value(schoolId, period, old.indicatorId(), old.disaggregationId(), old.number(), old.text(),
                old.status().name(), null, null, null, "значение удалено");
    }

    /**
     * Moves the school's values of these indicators from any of the given states to a new one, recording each
     * move; returns how many moved. The reason is stored as the return reason when values are returned.
     */
    public int move(long schoolId, String period, Collection<Integer> indicatorIds, Collection<ValueStatus> from,
                    ValueStatus to, String reason, String user, Instant now) {
        if (indicatorIds.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> moving = em.createNativeQuery("select v.indicator_id, v.disaggregation_id, v.num_value, v.text_value,"
                        + " v.status" + SCHOOL_CUTS + " and v.status in (:from) and v.origin <> 'COMPUTED'")
                .setParameter("school", schoolId).setParameter("period", period).setParameter("indicators", indicatorIds)
                .setParameter("from", from.stream().map(Enum::name).toList()).getResultList();
        for (Object[] r : moving) {
            ledger.value(schoolId, period, ((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (BigDecimal) r[2],
                    (String) r[3], (String) r[4], (BigDecimal) r[2], (String) r[3], to.name(), reason);
        }
        em.createNativeQuery("""
                insert into indicator_value_history (indicator_id, disaggregation_id, period, school_id, old_num, old_text,
                    new_num, new_text, old_status, new_status, reason, changed_at, changed_by)
                select v.indicator_id, v.disaggregation_id, v.period, v.school_id, v.num_value, v.text_value, v.num_value,
                       v.text_value, v.status, cast(:to as varchar), cast(:reason as varchar), cast(:now as timestamptz),
                       cast(:user as varchar)""" + SCHOOL_CUTS + " and v.status in (:from) and v.origin <> 'COMPUTED'")
                .setParameter("school", schoolId).setParameter("period", period).setParameter("indicators", indicatorIds)
                .setParameter("from", from.stream().map(Enum::name).toList()).setParameter("to", to.name())
                .setParameter("reason", reason).setParameter("now", Timestamp.from(now)).setParameter("user", user)
                .executeUpdate();
        return em.createNativeQuery("""
                update indicator_value u set status = :to, version = u.version + 1, updated_at = :now, updated_by = :user,
                    return_reason = case when cast(:to as varchar) = 'RETURNED' then cast(:reason as varchar) else null end
                from (select v.indicator_id, v.region_id, v.disaggregation_id""" + SCHOOL_CUTS + """
                    and v.status in (:from)) k
                where u.indicator_id = k.indicator_id and u.region_id = k.region_id and u.disaggregation_id = k.disaggregation_id
                  and u.period = :period and u.school_id = :school""")
                .setParameter("school", schoolId).setParameter("period", period).setParameter("indicators", indicatorIds)
                .setParameter("from", from.stream().map(Enum::name).toList()).setParameter("to", to.name())
                .setParameter("reason", reason).setParameter("now", Timestamp.from(now)).setParameter("user", user)
                .executeUpdate();
    }

    /** Returns one value with its own reason. */
    public void returnValue(long schoolId, String period, StoredValue value, String reason, String user, Instant now) {
        em.createNativeQuery("update indicator_value set status = 'RETURNED', return_reason = :reason, version = version + 1,"
                        + " updated_at = :now, updated_by = :user where indicator_id = :indicator and region_id = " + SCHOOL_REGION
                        + " and disaggregation_id = :disaggregation and period = :period and school_id = :school")
                .setParameter("school", schoolId).setParameter("period", period)
                .setParameter("indicator", value.indicatorId()).setParameter("disaggregation", value.disaggregationId())
                .setParameter("reason", reason).setParameter("now", Timestamp.from(now)).setParameter("user", user)
                .executeUpdate();
        history(schoolId, period, value.key(), value.number(), value.text(), value.number(), value.text(), value.status(),
                ValueStatus.RETURNED, reason, user, now);
    }

    /**
     * Recomputes the school's shares of the period from their numerators and denominators; a share whose parts are
     * missing or whose denominator is zero is removed. A share takes the state of its numerator.
     */
    public void recomputeShares(long schoolId, String period, String user, Instant now) {
        em.createNativeQuery("select cast(recompute_shares(cast(string_to_array(:schools, ',') as bigint[]), :period, :user,"
                        + " cast(:now as timestamptz)) as text)")
                .setParameter("schools", Long.toString(schoolId)).setParameter("period", period)
                .setParameter("user", user).setParameter("now", Timestamp.from(now)).getSingleResult();
    }

    private void history(long schoolId, String period, StoredValue.Key key, BigDecimal oldNum, String oldText,
                         BigDecimal newNum, String newText, ValueStatus oldStatus, ValueStatus newStatus, String reason,
                         String user, Instant now) {
        historyRow(schoolId, period, key, oldNum, oldText, newNum, newText, oldStatus, newStatus, reason, user, now);
        ledger.value(schoolId, period, key.indicatorId(), key.disaggregationId(), oldNum, oldText,
                oldStatus == null ? null : oldStatus.name(), newNum, newText, newStatus.name(), reason);
    }

    private void historyRow(long schoolId, String period, StoredValue.Key key, BigDecimal oldNum, String oldText,
                            BigDecimal newNum, String newText, ValueStatus oldStatus, ValueStatus newStatus, String reason,
                            String user, Instant now) {
        em.createNativeQuery("""
                insert into indicator_value_history (indicator_id, disaggregation_id, period, school_id, old_num, old_text,
                    new_num, new_text, old_status, new_status, reason, changed_at, changed_by)
                values (:indicator, :disaggregation, :period, :school, cast(:oldNum as numeric), cast(:oldText as varchar),
                    cast(:newNum as numeric), cast(:newText as varchar), cast(:oldStatus as varchar), :newStatus,
                    cast(:reason as varchar), cast(:now as timestamptz), :user)""")
                .setParameter("indicator", key.indicatorId()).setParameter("disaggregation", key.disaggregationId())
                .setParameter("period", period).setParameter("school", schoolId)
                .setParameter("oldNum", oldNum).setParameter("oldText", oldText)
                .setParameter("newNum", newNum).setParameter("newText", newText)
                .setParameter("oldStatus", oldStatus == null ? null : oldStatus.name())
                .setParameter("newStatus", newStatus.name()).setParameter("reason", reason)
                .setParameter("now", Timestamp.from(now)).setParameter("user", user).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
