package ru.opora.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.identification.ConditionView;

@Schema(name = "RiskDerivationRule", description = "Правило расчёта уровня фактора")
public record DerivationRuleView(long id, RiskLevel level, ConditionView condition) {
}
