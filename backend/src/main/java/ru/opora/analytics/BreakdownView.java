package ru.opora.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.indicator.Better;

@Schema(name = "IndicatorBreakdown", description = "Показатель за период по муниципалитетам региона или по школам муниципалитета")
public record BreakdownView(
        int indicatorId,
        String indicatorCode,
        String indicatorName,
        @Schema(nullable = true) String unit,
        Better better,
        Aggregation aggregation,
        String period,
        String periodLabel,
        @Schema(nullable = true) String previousPeriod,
        String level,
        long unitId,
        String unitName,
        @Schema(nullable = true) String disaggregation,
        @Schema(nullable = true) BigDecimal value,
        @Schema(nullable = true) BigDecimal previousValue,
        @Schema(nullable = true) BigDecimal target,
        long schools,
        @Schema(nullable = true, description = "Школ, достигших цели (если цель задана)") Long attained,
        @Schema(nullable = true, description = "Школ с положительной динамикой к прошлому периоду") Long improved,
        @Schema(description = "Школ, у которых есть значения за оба периода") long comparable,
        List<Bin> distribution,
        List<Row> rows) {

    @Schema(name = "BreakdownBin", description = "Интервал распределения школ по значению")
    public record Bin(String label, BigDecimal from, BigDecimal to, long schools) {
    }

    @Schema(name = "BreakdownRow", description = "Муниципалитет или школа: значение, прошлое значение, динамика, цель")
    public record Row(String type, long id, String name, @Schema(nullable = true) BigDecimal value, @Schema(nullable = true) BigDecimal previousValue, @Schema(nullable = true) BigDecimal change,
                      long schools,
                      @Schema(nullable = true, description = "Пусто — нет прошлого значения для сравнения") Boolean improved,
                      @Schema(nullable = true, description = "Пусто — цель не задана или нет значения") Boolean attained) {
    }
}
