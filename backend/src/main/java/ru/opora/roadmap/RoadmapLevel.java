package ru.opora.roadmap;

import ru.opora.security.Role;

/** Whose plan it is: the region's complex of measures, a municipality's roadmap or a school's programme. */
public enum RoadmapLevel {
    REGION,
    MUNICIPALITY,
    SCHOOL;

    public static RoadmapLevel ownedBy(Role role) {
        return switch (role) {
            case MINISTRY -> REGION;
            case MUNICIPALITY -> MUNICIPALITY;
            case SCHOOL -> SCHOOL;
            case CURATOR -> throw ru.opora.common.error.ApiException.forbidden("Куратор не ведёт дорожные карты.");
        };
    }

    /** The level whose roadmaps this level's roadmaps implement. */
    public RoadmapLevel parentLevel() {
        return switch (this) {
            case REGION -> null;
            case MUNICIPALITY -> REGION;
            case SCHOOL -> MUNICIPALITY;
        };
    }
}
