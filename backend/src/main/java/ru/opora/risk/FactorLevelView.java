package ru.opora.risk;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskFactorLevel", description = "Фактор в профиле: самооценка, расчёт по показателям, решение муниципалитета"
        + " или куратора,"
        + " итоговый уровень и его источник, прошлый год, меры программы")
public record FactorLevelView(
        long factorId,
        String code,
        String name,
        @Schema(nullable = true) RiskLevel selfLevel,
        @Schema(nullable = true) String selfComment,
        @Schema(nullable = true, description = "Уровень по правилам региона (вычисляется при чтении)") RiskLevel derivedLevel,
        @Schema(nullable = true, description = "Правило, по которому рассчитан уровень") String derivedBasis,
        @Schema(nullable = true) RiskLevel overrideLevel,
        @Schema(nullable = true) String overrideComment,
        @Schema(nullable = true) String overrideBy,
        @Schema(nullable = true, description = "Кто установил уровень: муниципалитет (OVERRIDE) или куратор школы"
                + " (CURATOR_OVERRIDE)") LevelSource overrideSource,
        @Schema(nullable = true) Instant overrideAt,
        @Schema(nullable = true, description = "Итоговый уровень: решение муниципалитета, иначе самооценка, иначе расчёт") RiskLevel level,
        @Schema(nullable = true) LevelSource source,
        @Schema(nullable = true, description = "Итоговый уровень прошлого года") RiskLevel previousLevel,
        @Schema(nullable = true) Movement movement,
        List<MeasureView> measures) {
}
