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
        @Schema(description = "Момент расчёта: в ответе все значения, принятые до него") Instant asOf) {

    @Schema(name = "DynamicsPoint", description = "Значение за период и цель региона на его год")
    public record Point(String period, String periodLabel, @Schema(nullable = true) BigDecimal value, long schools, @Schema(nullable = true) BigDecimal target,
                        @Schema(nullable = true, description = "Цель достигнута; пусто, если цели нет") Boolean attained) {
    }
}
