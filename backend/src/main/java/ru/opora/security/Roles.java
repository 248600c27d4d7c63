package ru.opora.security;

/** Realm role names as they appear in the token, for {@code @RolesAllowed}. */
public final class Roles {
    public static final String MINISTRY = "ministry";
    public static final String MUNICIPALITY = "municipality";
    public static final String SCHOOL = "school";
    /** A curator (e.g. of the regional institute): the schools assigned to them for a year and nothing else. */
    public static final String CURATOR = "curator";

    private Roles() {
    }
}
