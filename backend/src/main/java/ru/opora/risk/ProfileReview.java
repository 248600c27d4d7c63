package ru.opora.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskProfileReview", description = "Решение муниципалитета по сданному профилю")
public record ProfileReview(
        @NotNull @Schema(required = true) Decision decision,
        @Size(max = 2000) @Schema(nullable = true, description = "Причина возврата (обязательна при RETURN)") String reason,
        @NotNull @Schema(required = true) Long version) {

    @Schema(name = "RiskProfileDecision")
    public enum Decision { ACCEPT, RETURN }
}
