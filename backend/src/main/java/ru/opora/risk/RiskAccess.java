package ru.opora.risk;

import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Who does what with a school's risk profile. The school fills and submits its own; its municipality reviews it
 * and may override a level with a comment; so may the curator to whom the school is assigned this year (the scope,
 * the assigned schools, is checked before the role by {@link RiskProfileService}). {@link #overrideRole} names the
 * role in the record; the views' {@code allowed} and the service both ask this class.
 */
public final class RiskAccess {

    private RiskAccess() {
    }

    public static boolean fills(Caller caller) {
        return caller.role() == Role.SCHOOL;
    }

    public static boolean reviews(Caller caller) {
        return caller.role() == Role.MUNICIPALITY;
    }

    /** May set a factor's level over the school's own, with a comment. */
    public static boolean overrides(Caller caller) {
        return caller.role() == Role.MUNICIPALITY || caller.role() == Role.CURATOR;
    }

    /** The role an override is recorded under. */
    public static String overrideRole(Caller caller) {
        return caller.role().name();
    }
}
