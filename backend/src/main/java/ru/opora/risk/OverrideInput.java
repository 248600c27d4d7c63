package ru.opora.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskOverrideInput", description = "Уровень фактора, установленный муниципалитетом, с комментарием")
public record OverrideInput(
        @NotNull @Schema(required = true) Long factorId,
        @Schema(nullable = true, description = "Уровень; пусто — решение снято") RiskLevel level,
        @Size(max = 2000) @Schema(nullable = true, description = "Обоснование (обязательно при установке уровня)") String comment) {
}
