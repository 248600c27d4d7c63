package ru.opora.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskProfilePermission", description = "Действие с профилем рисков, доступное вызывающему сейчас")
public enum RiskProfilePermission {
    EDIT, SUBMIT, REVIEW, OVERRIDE
}
