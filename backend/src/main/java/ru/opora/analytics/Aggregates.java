package ru.opora.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/** The one implementation of {@link Aggregation} over schools' values. */
final class Aggregates {

    private Aggregates() {
    }

    static BigDecimal of(Aggregation method, Collection<SchoolValue> values) {
        if (values.isEmpty() || method == Aggregation.NONE) {
            return null;
        }
        BigDecimal result = switch (method) {
            case RATIO -> weighted(values, true);
            case STUDENT_WEIGHTED -> weighted(values, false);
            case SHARE_OF_SCHOOLS -> BigDecimal.valueOf(100L * values.stream().filter(v -> v.value().signum() != 0).count())
                    .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
            case SUM -> values.stream().map(SchoolValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            case MEAN -> values.stream().map(SchoolValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
            case NONE -> null;
        };
        return result == null ? null : ru.opora.indicator.CatalogueService.strip(result.setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal weighted(Collection<SchoolValue> values, boolean byDenominator) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (SchoolValue v : values) {
            BigDecimal weight = byDenominator ? (v.denominator() == null ? BigDecimal.ZERO : v.denominator())
                    : BigDecimal.valueOf(v.students());
            sum = sum.add(v.value().multiply(weight));
            weights = weights.add(weight);
        }
        if (weights.signum() == 0) {
            return values.stream().map(SchoolValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
        }
        return sum.divide(weights, MathContext.DECIMAL64);
    }
}
