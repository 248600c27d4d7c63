package ru.opora.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskFactorPermission", description = "Действие с фактором риска, доступное вызывающему")
public enum RiskFactorPermission {
    /** Change the factor itself (the region's own factors). */
    EDIT,
    /** Set the region's rules deriving its level from indicators. */
    DERIVE
}
