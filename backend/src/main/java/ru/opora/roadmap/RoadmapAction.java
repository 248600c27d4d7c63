package ru.opora.roadmap;

/** A change of a roadmap's status by its owner. */
public enum RoadmapAction {
    /** draft → approved, recording the approving document. */
    APPROVE,
    /** approved → in execution. */
    START,
    /** in execution → completed. */
    COMPLETE,
    /** any → archived, with a reason. */
    ARCHIVE,
    /** approved or in execution → draft of the next revision, with a reason; reports stay. */
    REVISE
}
