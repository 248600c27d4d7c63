package ru.opora.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorTarget", description = "Целевое значение показателя в регионе на год")
public record TargetView(
        @NotNull @Min(2000) @Max(2100) @Schema(examples = "2026", required = true) Integer year,
        @NotNull @Schema(examples = "20", required = true) BigDecimal value) {
}
