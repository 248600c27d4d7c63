package ru.opora.roadmap;

/**
 * What decides who sees, keeps and reviews a roadmap ({@link RoadmapAccess}) and what they may do with it
 * ({@link RoadmapPermission}): its level, owner, status and revision. A loaded {@link Roadmap} is one, and so is the
 * row a read checks its stamps with ({@link RoadmapRepository.Head}), so that a kept answer is refused to a caller
 * outside the scope by the same rule.
 */
public interface RoadmapScope {

    RoadmapLevel level();

    long regionId();

    /** The owning municipality of a municipal or school roadmap, else null. */
    Long municipalityId();

    /** The owning school of a school roadmap, else null. */
    Long schoolId();

    RoadmapStatus status();

    int revision();
}
