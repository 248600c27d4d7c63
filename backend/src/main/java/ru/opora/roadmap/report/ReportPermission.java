package ru.opora.roadmap.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a period's report now. */
@Schema(name = "ReportPermission", description = "Действие с отчётом за период, доступное вызывающему сейчас")
public enum ReportPermission {
    /** Fill or change the items' reports (the owner, while the report is a draft or returned). */
    SAVE,
    /** Submit the whole report: every item that has begun by the period's end is reported. */
    SUBMIT,
    /** Accept or return the submitted report (the level above). */
    REVIEW
}
