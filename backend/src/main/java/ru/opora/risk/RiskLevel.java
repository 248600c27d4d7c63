package ru.opora.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A factor's level at a school; the order is the severity, highest first. */
@Schema(name = "RiskLevel", description = "Уровень риска: высокий, средний, низкий, нет")
public enum RiskLevel {
    HIGH, MEDIUM, LOW, NONE;

    /** Lower is less severe: NONE 0 … HIGH 3. */
    public int severity() {
        return 3 - ordinal();
    }
}
