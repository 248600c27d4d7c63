package ru.opora.scorecard;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One figure behind a computed mark: «выполнено 12 из 15», or a fact in words («приказ № 45 от 20.02.2025»). */
@Schema(name = "ScorecardFigure", description = "Показатель, на котором основана вычисленная оценка")
public record Figure(
        @Schema(description = "Код показателя внутри критерия", examples = "done") String code,
        @Schema(examples = "Выполнено по отчётам") String label,
        @Schema(nullable = true, description = "Число; нет — для факта в словах") BigDecimal value,
        @Schema(nullable = true, description = "Из скольких (знаменатель доли)") Long outOf,
        @Schema(nullable = true, description = "Факт в словах") String text) {

    public static Figure count(String code, String label, long value) {
        return new Figure(code, label, BigDecimal.valueOf(value), null, null);
    }

    public static Figure of(String code, String label, long value, long outOf) {
        return new Figure(code, label, BigDecimal.valueOf(value), outOf, null);
    }

    public static Figure text(String code, String label, String text) {
        return new Figure(code, label, null, null, text);
    }

    /** The figure as it enters a fingerprint: code and value, independent of wording. */
    String canonical() {
        return code + "=" + (value == null ? "" : value.stripTrailingZeros().toPlainString()) + "/"
                + (outOf == null ? "" : outOf) + "/" + (text == null ? "" : text);
    }
}
