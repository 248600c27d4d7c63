package ru.opora.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A criterion computed from the data: its mark against the region's thresholds, the score (0–100) it rests on, the
 * figures, why there is no mark (when there is none) and the fingerprint of the evidence: equal fingerprints mean the
 * data behind the mark is the same.
 */
public record Evaluation(Criterion criterion, Mark mark, BigDecimal score, List<Figure> figures, String reason,
                         String fingerprint) {

    /** A computed mark from a score; {@code stamp} sums up the rows behind it that the figures do not show. */
    public static Evaluation scored(Criterion criterion, BigDecimal score, Threshold threshold, List<Figure> figures,
                                    String reason, long stamp) {
        return new Evaluation(criterion, Mark.of(score, threshold), score, List.copyOf(figures), reason,
                fingerprint(criterion, figures, stamp));
    }

    /** No mark: the data the criterion needs is not there; the reason says which. */
    public static Evaluation noData(Criterion criterion, List<Figure> figures, String reason, long stamp) {
        return new Evaluation(criterion, Mark.NO_DATA, null, List.copyOf(figures), reason,
                fingerprint(criterion, figures, stamp));
    }

    /** {@code part} of {@code whole} in per cent with one decimal; null when the whole is zero. */
    public static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static String fingerprint(Criterion criterion, List<Figure> figures, long stamp) {
        StringBuilder text = new StringBuilder(criterion.name()).append('|').append(stamp);
        figures.forEach(f -> text.append('|').append(f.canonical()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
