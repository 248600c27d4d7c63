package ru.opora.security;

import java.util.EnumSet;
import java.util.Set;

/** What a role may do; the SPA builds its menus and buttons from this list. */
public enum Permission {
    REGISTRY_READ,
    MUNICIPALITY_MANAGE,
    SCHOOL_CREATE,
    SCHOOL_EDIT,
    SCHOOL_CATEGORY_MANAGE;

    public static Set<Permission> of(Role role) {
        return switch (role) {
            case MINISTRY -> EnumSet.allOf(Permission.class);
            case MUNICIPALITY -> EnumSet.of(REGISTRY_READ, SCHOOL_EDIT);
            case SCHOOL -> EnumSet.of(REGISTRY_READ);
        };
    }
}
