package ru.opora.roadmap.report;

/** A period's report: filled as a draft, submitted as a whole, then accepted or returned by the level above. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
