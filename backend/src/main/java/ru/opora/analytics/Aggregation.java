package ru.opora.analytics;

import ru.opora.indicator.Indicator;
import ru.opora.indicator.ValueType;

/**
 * How schools' values add up to a municipality or a region. A computed share is the ratio of the sums of its
 * parts (its denominator weighs each school); a typed percentage is weighted by the school's students; yes/no
 * becomes the share of schools with «yes»; counts add up; other numbers are averaged.
 */
public enum Aggregation {
    RATIO, STUDENT_WEIGHTED, SHARE_OF_SCHOOLS, SUM, MEAN, NONE;

    public static Aggregation of(Indicator indicator) {
        if (indicator.computed()) {
            return RATIO;
        }
        return switch (indicator.valueType) {
            case PERCENT -> STUDENT_WEIGHTED;
            case BOOLEAN -> SHARE_OF_SCHOOLS;
            case INTEGER -> SUM;
            case NUMBER -> MEAN;
            case TEXT -> NONE;
        };
    }

    /** The SQL aggregate over v (the values), s (the schools) and dv (the denominator's values, for RATIO). */
    String sql() {
        return switch (this) {
            case RATIO -> "sum(v.num_value * dv.num_value) / nullif(sum(dv.num_value), 0)";
            case STUDENT_WEIGHTED -> "coalesce(sum(v.num_value * s.students_count) / nullif(sum(s.students_count), 0), avg(v.num_value))";
            case SHARE_OF_SCHOOLS -> "100.0 * count(*) filter (where v.num_value = 1) / nullif(count(*), 0)";
            case SUM -> "sum(v.num_value)";
            case MEAN -> "avg(v.num_value)";
            case NONE -> "null::numeric";
        };
    }

    boolean percentScale(ValueType type) {
        return this == RATIO || this == SHARE_OF_SCHOOLS || type == ValueType.PERCENT;
    }
}
