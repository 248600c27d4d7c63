package ru.opora.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskLevelInput", description = "Уровень фактора по самооценке школы")
public record LevelInput(
        @NotNull @Schema(required = true) Long factorId,
        @Schema(nullable = true, description = "Уровень; пусто — оценка снята") RiskLevel level,
        @Size(max = 2000) @Schema(nullable = true, description = "Пояснение школы") String comment) {
}
