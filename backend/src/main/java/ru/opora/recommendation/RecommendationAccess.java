package ru.opora.recommendation;

import java.util.Set;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;
import ru.opora.security.Role;

/**
 * Who sees, issues and answers a recommendation. The ministry sees all of its region; a municipality those
 * addressed to it or its schools; a school those addressed to it; a curator those they issued and those addressed
 * to the schools assigned to them this year. The issuer edits and withdraws; the addressee answers and reports done.
 */
final class RecommendationAccess {

    private RecommendationAccess() {
    }

    static boolean sees(Caller caller, Recommendation r, Set<Long> curatorSchools) {
        if (r.regionId != caller.regionId()) {
            return false;
        }
        return switch (caller.role()) {
            case MINISTRY -> true;
            case MUNICIPALITY -> r.municipalityId == caller.municipalityId();
            case SCHOOL -> r.addresseeType == OrganisationType.SCHOOL && r.schoolId.equals(caller.schoolId());
            case CURATOR -> issued(caller, r) || r.schoolId != null && curatorSchools.contains(r.schoolId);
        };
    }

    static boolean issued(Caller caller, Recommendation r) {
        return switch (r.issuerType) {
            case REGION -> caller.role() == Role.MINISTRY && r.issuerId == caller.regionId();
            case MUNICIPALITY -> caller.role() == Role.MUNICIPALITY && r.issuerId == caller.municipalityId();
            case CURATOR -> caller.role() == Role.CURATOR && r.issuedBy.equals(caller.username())
                    && r.regionId == caller.regionId();
        };
    }

    static boolean addressed(Caller caller, Recommendation r) {
        return switch (r.addresseeType) {
            case SCHOOL -> caller.role() == Role.SCHOOL && r.schoolId.equals(caller.schoolId());
            case MUNICIPALITY -> caller.role() == Role.MUNICIPALITY && r.municipalityId == caller.municipalityId();
            case REGION -> false;
        };
    }

    /** {@link #sees} as SQL over recommendation r; binds :regionId and :org, and for a curator :curator, :curatorYear. */
    static String visibleSql(Caller caller) {
        return "r.region_id = :regionId and " + switch (caller.role()) {
            case MINISTRY -> "true";
            case MUNICIPALITY -> "r.municipality_id = :org";
            case SCHOOL -> "r.addressee_type = 'SCHOOL' and r.school_id = :org";
            case CURATOR -> "((r.issuer_type = 'CURATOR' and r.issued_by = :curator) or r.school_id in ("
                    + ru.opora.curator.CuratorScope.SCHOOLS_SQL + "))";
        };
    }

    static Long org(Caller caller) {
        return switch (caller.role()) {
            case MINISTRY, CURATOR -> caller.regionId();
            case MUNICIPALITY -> caller.municipalityId();
            case SCHOOL -> caller.schoolId();
        };
    }
}
