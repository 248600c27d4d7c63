package ru.opora.scorecard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a criterion's expert mark now. */
@Schema(name = "ScorecardMarkPermission", description = "Действие с экспертной оценкой критерия, доступное вызывающему")
public enum ScorecardMarkPermission {
    /** Set the first expert mark (confirm the computed one or override it) with a comment. */
    SET,
    /** Change the expert mark set before (also to confirm it again after the data changed). */
    CHANGE
}
