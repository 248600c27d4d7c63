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
    /** See the approved lists of ШНОР/ШНСУ (a school: its own status) and the region's criteria. */
    IDENTIFICATION_READ,
    /** Edit criteria sets, run them and approve the year's list. */
    IDENTIFICATION_MANAGE,
    /** Fill and submit the school's own «500+» risk profile. */
    RISK_PROFILE_EDIT,
    /** Review the schools' risk profiles and override a factor's level with a comment. */
    RISK_PROFILE_REVIEW,
    /** The region's analytics of categories and risks (a municipality: its own). */
    RISK_ANALYTICS_READ,
    /** Working groups, meetings and decisions, methodological events, recommendations (in the caller's scope). */
    SUPPORT_READ,
    /** The curator's own work: assigned schools, visits, recommendations to them. */
    CURATOR_WORK,
    /** A municipality's scorecard of its roadmap (seed 002): the ministry's of any of its region, a municipality's own. */
    SCORECARD_READ,
    /** The region's scorecard of its municipalities: the table, expert marks, settings and the analytical note. */
    SCORECARD_REGION;

    public static Set<Permission> of(Role role) {
        return switch (role) {
            case MINISTRY -> EnumSet.complementOf(EnumSet.of(RISK_PROFILE_EDIT, RISK_PROFILE_REVIEW));
            case MUNICIPALITY -> EnumSet.of(REGISTRY_READ, SCHOOL_EDIT, IDENTIFICATION_READ, RISK_PROFILE_REVIEW,
                    RISK_ANALYTICS_READ, SUPPORT_READ, SCORECARD_READ);
            case SCHOOL -> EnumSet.of(REGISTRY_READ, IDENTIFICATION_READ, RISK_PROFILE_EDIT, SUPPORT_READ);
            case CURATOR -> EnumSet.of(CURATOR_WORK);
        };
    }
}
