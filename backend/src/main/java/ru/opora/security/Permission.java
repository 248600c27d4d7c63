package ru.opora.security;

import java.util.EnumSet;
import java.util.Set;

/** What a role may do; the SPA builds its menus and buttons from this list. */
public enum Permission {
    REGISTRY_READ,
    MUNICIPALITY_MANAGE,
    SCHOOL_CREATE,
    SCHOOL_EDIT,
    SCHOOL_CATEGORY_MANAGE,
    /** Working groups, meetings and decisions, methodological events, recommendations (in the caller's scope). */
    SUPPORT_READ,
    /** The curator's own work: assigned schools, visits, recommendations to them. */
    CURATOR_WORK;

    public static Set<Permission> of(Role role) {
        return switch (role) {
            case MINISTRY -> EnumSet.allOf(Permission.class);
            case MUNICIPALITY -> EnumSet.of(REGISTRY_READ, SCHOOL_EDIT, SUPPORT_READ);
            case SCHOOL -> EnumSet.of(REGISTRY_READ, SUPPORT_READ);
            case CURATOR -> EnumSet.of(CURATOR_WORK);
        };
    }
}
