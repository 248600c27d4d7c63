package ru.opora.scorecard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A criterion's mark. A computed mark is {@link #NO_DATA} when the data it is computed from does not exist (the
 * criterion is then not computed and not faked); an expert marks only met, partly met or not met.
 */
@Schema(name = "ScorecardMark", description = "Оценка критерия: выполнен, выполнен частично, не выполнен, нет данных")
public enum Mark {
    MET, PARTLY, NOT_MET, NO_DATA;

    /** The mark of a score against the thresholds: met from {@code met}, partly from {@code partly}. */
    public static Mark of(java.math.BigDecimal score, Threshold threshold) {
        if (score == null) {
            return NO_DATA;
        }
        if (score.compareTo(java.math.BigDecimal.valueOf(threshold.met())) >= 0) {
            return MET;
        }
        return score.compareTo(java.math.BigDecimal.valueOf(threshold.partly())) >= 0 ? PARTLY : NOT_MET;
    }
}
