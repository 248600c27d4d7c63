package ru.opora.roadmap;

import java.util.EnumSet;
import java.util.Set;

/** A change of a roadmap's status by its owner; each names the statuses it starts from (the one statement of them). */
public enum RoadmapAction {
    /** draft → approved, recording the approving document. */
    APPROVE(EnumSet.of(RoadmapStatus.DRAFT)),
    /** approved → in execution. */
    START(EnumSet.of(RoadmapStatus.APPROVED)),
    /** in execution → completed. */
    COMPLETE(EnumSet.of(RoadmapStatus.IN_EXECUTION)),
    /** any but archived → archived, with a reason. */
    ARCHIVE(EnumSet.complementOf(EnumSet.of(RoadmapStatus.ARCHIVED))),
    /** approved or in execution → draft of the next revision, with a reason; reports stay. */
    REVISE(EnumSet.of(RoadmapStatus.APPROVED, RoadmapStatus.IN_EXECUTION));

    private final Set<RoadmapStatus> from;

    RoadmapAction(Set<RoadmapStatus> from) {
        this.from = from;
    }

    /** The statuses this action may start from. */
    public Set<RoadmapStatus> from() {
        return from;
    }

    public boolean allowedFrom(RoadmapStatus status) {
        return from.contains(status);
    }
}
