package ru.opora.risk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskFactor", description = "Фактор риска «500+» с правилами расчёта уровня в регионе")
public record RiskFactorView(
        long id,
        String code,
        String name,
        @Schema(nullable = true) String description,
        int position,
        boolean archived,
        @Schema(description = "Фактор общего перечня (иначе — собственный фактор региона)") boolean common,
        DerivationView derivation,
        List<RiskFactorPermission> allowed,
        long version) {
}
