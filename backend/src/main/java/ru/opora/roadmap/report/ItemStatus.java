package ru.opora.roadmap.report;

/** Execution of one item in a period. */
public enum ItemStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    NOT_DONE,
    CANCELLED;

    public boolean needsReason() {
        return this == NOT_DONE || this == CANCELLED;
    }
}
