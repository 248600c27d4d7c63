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
        @Schema(nullable = true, description = "Изменение к прошлому периоду; пусто, если одно из значений неполное") BigDecimal change,
        @Schema(nullable = true, description = "Изменение к лучшему (true) или к худшему (false); пусто без изменения или без направления")
        Boolean changeImproved,
        @Schema(description = "Покрытие значения периода") Coverage.Share coverage,
        @Schema(description = "Покрытие значения прошлого периода") Coverage.Share previousCoverage,
        @Schema(nullable = true) BigDecimal target,
        @Schema(nullable = true, description = "Цель достигнута значением периода; пусто без цели или при неполном значении") Boolean valueAttained,
        long schools,
        @Schema(nullable = true, description = "Школ, достигших цели (если цель задана)") Long attained,
        @Schema(nullable = true, description = "Школ с положительной динамикой к прошлому периоду") Long improved,
        @Schema(description = "Школ, у которых есть значения за оба периода") long comparable,
        List<Bin> distribution,
        List<Row> rows,
        @Schema(nullable = true, description = "Отставание потоковой реплики, с которой прочитаны значения, в секундах (0 — догнала"
                + " основную базу); пусто, если значения прочитаны с основной базы") Double replicaLagSeconds) {

    @Schema(name = "BreakdownBin", description = "Интервал распределения школ по значению")
    public record Bin(String label, BigDecimal from, BigDecimal to, long schools) {
    }

    @Schema(name = "BreakdownRow", description = "Муниципалитет или школа: значение, прошлое значение, динамика, цель")
    public record Row(String type, long id, String name, @Schema(nullable = true) BigDecimal value, @Schema(nullable = true) BigDecimal previousValue,
                      @Schema(nullable = true, description = "Пусто, если одно из значений неполное") BigDecimal change,
                      long schools,
                      @Schema(description = "Сколько школ строки из ожидаемых дали значение") Coverage.Share coverage,
                      @Schema(nullable = true, description = "К лучшему, к худшему; пусто без изменения, без направления или при неполных значениях") Boolean improved,
                      @Schema(nullable = true, description = "Пусто без цели или при неполном значении") Boolean attained) {
    }
}
