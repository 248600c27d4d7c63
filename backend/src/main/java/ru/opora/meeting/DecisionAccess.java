package ru.opora.meeting;

import ru.opora.security.Caller;
import ru.opora.security.Role;

/** Who carries a decision out: the users of its executor organisation. */
public final class DecisionAccess {

    private DecisionAccess() {
    }

    public static boolean executes(Caller caller, Decision decision) {
        if (decision.executorType == null) {
            return false;
        }
        return switch (decision.executorType) {
            case REGION -> caller.role() == Role.MINISTRY && decision.executorId == caller.regionId();
            case MUNICIPALITY -> caller.role() == Role.MUNICIPALITY && decision.executorId.equals(caller.municipalityId());
            case SCHOOL -> caller.role() == Role.SCHOOL && decision.executorId.equals(caller.schoolId());
        };
    }

    /** The caller's organisation as an executor: (type, id) as stored in meeting_decision; null for other roles. */
    static Object[] executorKey(Caller caller) {
        if (caller.role() == Role.MINISTRY) {
            return new Object[] {"REGION", caller.regionId()};
        }
        if (caller.role() == Role.MUNICIPALITY) {
            return new Object[] {"MUNICIPALITY", caller.municipalityId()};
        }
        if (caller.role() == Role.SCHOOL) {
            return new Object[] {"SCHOOL", caller.schoolId()};
        }
        return null;
    }
}
