package ru.opora.identification;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a rule's condition over indicator_value, built from fixed text; every value of the rule (the
 * indicator, its cuts, the years, the threshold, the participants' indicator and minimum) is a bind parameter, and
 * the comparison's operator comes from {@link Comparison}'s own list. No text of a request is ever part of the SQL.
 *
 * <p>Only accepted values count. Each statement names the leading columns of indicator_value's primary key
 * (indicator, region, cut, period), so it reads index ranges of that key — with the value and status included in the
 * index, usually without visiting the table — whatever the size of the table.
 */
final class RuleSql {

    private RuleSql() {
    }

    /** A statement with its parameters in the order of their placeholders. */
    record Statement(String sql, List<Object> params) {
    }

    /**
     * Per school and year of the window: how many values there are, how many count (enough participants) and how many
     * of those meet the comparison. Schools without any value do not appear.
     */
    static Statement stats(Condition c, int listYear, Integer[] regions, Integer[] schools) {
        Builder b = new Builder();
        b.sql("select v.school_id, v.year, count(*) as total, count(*) filter (where ");
        counted(b, c);
        b.sql(") as counted, count(*) filter (where ");
        counted(b, c);
        b.sql(" and v.num_value ").sql(c.comparison().sql()).sql(" ?").param(c.threshold());
        b.sql(") as met from indicator_value v");
        join(b, c);
        where(b, c, listYear, regions, schools);
        b.sql(" group by v.school_id, v.year");
        return b.build();
    }

    /** The counted values that meet the comparison, of the given schools: what made the rule true. */
    static Statement evidence(Condition c, int listYear, Integer[] regions, Integer[] schools) {
        Builder b = new Builder();
        b.sql("select v.school_id, v.year, v.disaggregation_id, v.num_value, ")
                .sql(c.nSize() ? "p.num_value" : "cast(null as numeric)").sql(" as participants from indicator_value v");
        join(b, c);
        where(b, c, listYear, regions, schools);
        b.sql(" and v.num_value ").sql(c.comparison().sql()).sql(" ?").param(c.threshold());
        if (c.nSize()) {
            b.sql(" and p.num_value >= ?").param(c.minParticipants());
        }
        b.sql(" order by v.school_id, v.year, v.disaggregation_id");
        return b.build();
    }

    private static void counted(Builder b, Condition c) {
        if (c.nSize()) {
            b.sql("coalesce(p.num_value >= ?, false)").param(c.minParticipants());
        } else {
            b.sql("true");
        }
    }

    /** The participants of the same school, cut and period, accepted, read by the whole primary key. */
    private static void join(Builder b, Condition c) {
        if (c.nSize()) {
            b.sql(" left join indicator_value p on p.indicator_id = ?").param(c.participantsId())
                    .sql(" and p.region_id = v.region_id and p.disaggregation_id = v.disaggregation_id and p.period = v.period"
                            + " and p.school_id = v.school_id and p.status = 'ACCEPTED'");
        }
    }

    private static void where(Builder b, Condition c, int listYear, Integer[] regions, Integer[] schools) {
        b.sql(" where v.indicator_id = ?").param(c.indicatorId())
                .sql(" and v.region_id = any(?)").param(regions)
                .sql(" and v.disaggregation_id = any(?)").param(c.cuts().stream().map(RuleCatalogue.Cut::id).toArray(Integer[]::new))
                .sql(" and v.period = any(?)").param(c.years(listYear).stream().map(String::valueOf).toArray(String[]::new))
                .sql(" and v.status = 'ACCEPTED' and v.num_value is not null");
        if (schools != null) {
            b.sql(" and v.school_id = any(?)").param(schools);
        }
    }

    private static final class Builder {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Builder sql(String text) {
            sql.append(text);
            return this;
        }

        Builder param(Object value) {
            params.add(value);
            return this;
        }

        Statement build() {
            return new Statement(sql.toString(), List.copyOf(params));
        }
    }
}
