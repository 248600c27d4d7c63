package ru.opora.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.identification.ConditionInput;

@Schema(name = "RiskDerivationRuleInput", description = "Правило расчёта уровня фактора по показателям")
public record DerivationRuleInput(
        @NotNull @Schema(required = true, description = "HIGH, MEDIUM или LOW") RiskLevel level,
        @NotNull @Valid @Schema(required = true) ConditionInput condition) {
}
