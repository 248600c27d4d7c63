package ru.opora.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a factor's level comes from: the school's self-assessment, the region's rules over indicators, an override. */
@Schema(name = "RiskLevelSource", description = "Источник уровня: самооценка школы (SELF), расчёт по показателям (DERIVED),"
        + " решение муниципалитета (OVERRIDE) или куратора школы (CURATOR_OVERRIDE) с комментарием")
public enum LevelSource {
    SELF, DERIVED, OVERRIDE, CURATOR_OVERRIDE;

    /** The source of an override recorded under this role (see {@link RiskAccess#overrideRole}). */
    static LevelSource overrideBy(String role) {
        return "CURATOR".equals(role) ? CURATOR_OVERRIDE : OVERRIDE;
    }
}
