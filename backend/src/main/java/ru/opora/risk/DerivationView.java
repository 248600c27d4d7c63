package ru.opora.risk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskDerivation", description = "Правила расчёта уровня фактора в регионе вызывающего")
public record DerivationView(long version, List<DerivationRuleView> rules) {
}
