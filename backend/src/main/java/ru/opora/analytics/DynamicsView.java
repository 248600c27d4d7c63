package ru.opora.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.indicator.Better;

@Schema(name = "IndicatorDynamics", description = "Динамика показателя по периодам на уровне региона, муниципалитета или школы")
public record DynamicsView(
        int indicatorId,
        String indicatorCode,
        String indicatorName,
        @Schema(nullable = true) String unit,
        Better better,
        Aggregation aggregation,
        String level,
        long unitId,
        String unitName,
        @Schema(nullable = true) String disaggregation,
        @Schema(nullable = true) String disaggregationLabel,
        List<Point> points,
        @Schema(description = "Порог покрытия региона: агрегат по меньшей доле ожидаемых школ неполный") double sufficientCoverage,
        @Schema(nullable = true, description = "Последний период с достаточным покрытием (или последний с данными): период разреза по умолчанию")
        String defaultPeriod,
        @Schema(description = "Момент расчёта: в ответе все значения, принятые до него (прочитанные с реплики — до него минус её отставание)") Instant asOf,
        @Schema(nullable = true, description = "Отставание потоковой реплики, с которой прочитаны значения, в секундах (0 — догнала"
                + " основную базу); пусто, если значения прочитаны с основной базы") Double replicaLagSeconds) {

    @Schema(name = "DynamicsPoint", description = "Значение за период и цель региона на его год")
    public record Point(String period, String periodLabel, @Schema(nullable = true) BigDecimal value, long schools,
                        @Schema(description = "Сколько школ из ожидаемых дали значение") Coverage.Share coverage,
                        @Schema(nullable = true) BigDecimal target,
                        @Schema(nullable = true, description = "Цель достигнута; пусто, если цели нет или значение неполное") Boolean attained,
                        @Schema(nullable = true, description = "Изменение к прошлому периоду; пусто, если одно из значений неполное")
                        BigDecimal change,
                        @Schema(nullable = true, description = "Изменение к лучшему (true) или к худшему (false); пусто без изменения, без направления или без изменения вовсе")
                        Boolean improved) {
    }
}
