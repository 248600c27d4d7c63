package ru.opora.roadmap;

import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Who sees, keeps and reviews a roadmap. A ministry sees every roadmap of its region; a municipality its own,
 * its schools' and the region's; a school its own and those of its municipality and region. A first draft is
 * shown to its owner and to the levels above only; a roadmap under revision stays visible to everyone. The level above reviews the reports: the ministry those of
 * municipal roadmaps, the municipality those of its schools.
 */
public final class RoadmapAccess {

    private RoadmapAccess() {
    }

    public static boolean sees(Caller caller, RoadmapScope roadmap) {
        if (roadmap.regionId() != caller.regionId()) {
            return false;
        }
        boolean published = roadmap.status() != RoadmapStatus.DRAFT || roadmap.revision() > 1;
        return switch (caller.role()) {
            case MINISTRY -> true;
            case MUNICIPALITY -> roadmap.level() == RoadmapLevel.REGION ? published
                    : roadmap.municipalityId().equals(caller.municipalityId());
            case SCHOOL -> switch (roadmap.level()) {
                case REGION -> published;
                case MUNICIPALITY -> published && roadmap.municipalityId().equals(caller.municipalityId());
                case SCHOOL -> roadmap.schoolId().equals(caller.schoolId());
            };
            case CURATOR -> false;
        };
    }

    public static boolean owns(Caller caller, RoadmapScope roadmap) {
        return switch (roadmap.level()) {
            case REGION -> caller.role() == Role.MINISTRY && roadmap.regionId() == caller.regionId();
            case MUNICIPALITY -> caller.role() == Role.MUNICIPALITY
                    && roadmap.municipalityId().equals(caller.municipalityId());
            case SCHOOL -> caller.role() == Role.SCHOOL && roadmap.schoolId().equals(caller.schoolId());
        };
    }

    public static boolean reviews(Caller caller, RoadmapScope roadmap) {
        return switch (roadmap.level()) {
            case REGION -> false;
            case MUNICIPALITY -> caller.role() == Role.MINISTRY
                    && roadmap.regionId() == caller.regionId();
            case SCHOOL -> caller.role() == Role.MUNICIPALITY
                    && roadmap.municipalityId().equals(caller.municipalityId());
        };
    }

    /** The same rule as {@link #sees} for the native list query; binds :regionId, :municipalityId, :schoolId. */
    static String visibleSql(Caller caller) {
        return switch (caller.role()) {
            case MINISTRY -> "r.region_id = :regionId";
            case MUNICIPALITY -> "r.region_id = :regionId and ((r.level = 'REGION' and (r.status <> 'DRAFT' or r.revision > 1))"
                    + " or r.municipality_id = :municipalityId)";
            case SCHOOL -> "r.region_id = :regionId and ((r.level = 'REGION' and (r.status <> 'DRAFT' or r.revision > 1))"
                    + " or (r.level = 'MUNICIPALITY' and (r.status <> 'DRAFT' or r.revision > 1) and r.municipality_id = :municipalityId)"
                    + " or r.school_id = :schoolId)";
            case CURATOR -> "false";
        };
    }
}
