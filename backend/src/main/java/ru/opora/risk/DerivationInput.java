package ru.opora.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskDerivationInput", description = "Правила расчёта уровня фактора в регионе (заменяются целиком)")
public record DerivationInput(
        @NotNull @Size(max = 10) @Schema(required = true) List<@NotNull @Valid DerivationRuleInput> rules,
        @NotNull @Schema(required = true, description = "Версия правил фактора в регионе; 0 — правил ещё не задавали") Long version) {
}
