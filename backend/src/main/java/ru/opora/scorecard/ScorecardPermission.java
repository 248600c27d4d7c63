package ru.opora.scorecard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with the region's scorecard now. */
@Schema(name = "ScorecardPermission", description = "Действие со сводной оценкой региона, доступное вызывающему")
public enum ScorecardPermission {
    /** Download the table as XLSX. */
    EXPORT,
    /** Freeze a snapshot and write the analytical note from it. */
    SNAPSHOT,
    /** Change the thresholds and other settings. */
    EDIT_SETTINGS
}
