package ru.opora.scorecard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with the region's scorecard settings now. */
@Schema(name = "ScorecardSettingsPermission", description = "Действие с настройками оценки, доступное вызывающему")
public enum ScorecardSettingsPermission {
    EDIT
}
