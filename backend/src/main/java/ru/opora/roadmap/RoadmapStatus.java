package ru.opora.roadmap;

/** draft → approved → in execution → completed; archived from any state. */
public enum RoadmapStatus {
    DRAFT,
    APPROVED,
    IN_EXECUTION,
    COMPLETED,
    ARCHIVED;

    /** The structure (sections, items) of an approved roadmap changes only through a new revision. */
    public boolean structureEditable() {
        return this == DRAFT;
    }

    public boolean reportable() {
        return this == APPROVED || this == IN_EXECUTION;
    }
}
