package ru.opora.scorecard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScorecardSnapshotPermission", description = "Действие со снимком оценки, доступное вызывающему")
public enum SnapshotPermission {
    /** Edit the text blocks of the note. */
    EDIT_TEXTS,
    /** Download the analytical note (DOCX). */
    DOWNLOAD_NOTE
}
