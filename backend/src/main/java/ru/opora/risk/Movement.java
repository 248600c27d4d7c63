package ru.opora.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a factor's level moved against the year before. */
@Schema(name = "RiskMovement", description = "Изменение уровня к прошлому году: снизился, вырос, не изменился")
public enum Movement {
    IMPROVED, WORSENED, SAME;

    public static Movement of(RiskLevel before, RiskLevel now) {
        if (before == null || now == null) {
            return null;
        }
        return now.severity() < before.severity() ? IMPROVED : now.severity() > before.severity() ? WORSENED : SAME;
    }
}
