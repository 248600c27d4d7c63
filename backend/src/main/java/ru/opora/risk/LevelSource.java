package ru.opora.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a factor's level comes from: the school's self-assessment, the region's rules over indicators, an override. */
@Schema(name = "RiskLevelSource", description = "Источник уровня: самооценка школы, расчёт по показателям, решение"
        + " муниципалитета (с комментарием)")
public enum LevelSource {
    SELF, DERIVED, OVERRIDE
}
