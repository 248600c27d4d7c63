package ru.opora.common.scope;

import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;
import ru.opora.security.Role;

/**
 * Who sees and who keeps a document owned by an organisation of one level (a working group, a meeting, a
 * methodological event), by the same rule as roadmaps: the ministry sees everything of its region; a municipality
 * its own, its schools' and the region's; a school its own and those of its municipality and region. A document of
 * the level above is shown below only once it is published (for a protocol: signed at least once). A curator sees
 * none of these: their scope is their assigned schools (see ru.opora.curator).
 */
public final class OwnerScope {

    private OwnerScope() {
    }

    /** The owning organisation of a document by level, with its parents. */
    public record Owner(OrganisationType type, long regionId, Long municipalityId, Long schoolId) {

        /** The caller's own organisation as an owner; only ministry, municipality and school users own documents. */
        public static Owner of(Caller caller) {
            OrganisationType type = switch (caller.role()) {
                case MINISTRY -> OrganisationType.REGION;
                case MUNICIPALITY -> OrganisationType.MUNICIPALITY;
                case SCHOOL -> OrganisationType.SCHOOL;
                default -> null;
            };
            if (type == null) {
                throw ru.opora.common.error.ApiException.forbidden("Эта роль не ведёт документы организации.");
            }
            return new Owner(type, caller.regionId(), caller.municipalityId(), caller.schoolId());
        }

        /** The id of the owning organisation itself. */
        public long organisationId() {
            return switch (type) {
                case REGION -> regionId;
                case MUNICIPALITY -> municipalityId;
                case SCHOOL -> schoolId;
            };
        }
    }

    public static boolean sees(Caller caller, Owner owner, boolean published) {
        if (owner.regionId() != caller.regionId()) {
            return false;
        }
        if (caller.role() == Role.MINISTRY) {
            return true;
        }
        if (caller.role() == Role.MUNICIPALITY) {
            return owner.type() == OrganisationType.REGION ? published
                    : owner.municipalityId().equals(caller.municipalityId());
        }
        if (caller.role() == Role.SCHOOL) {
            return switch (owner.type()) {
                case REGION -> published;
                case MUNICIPALITY -> published && owner.municipalityId().equals(caller.municipalityId());
                case SCHOOL -> owner.schoolId().equals(caller.schoolId());
            };
        }
        return false;
    }

    public static boolean owns(Caller caller, Owner owner) {
        return switch (owner.type()) {
            case REGION -> caller.role() == Role.MINISTRY && owner.regionId() == caller.regionId();
            case MUNICIPALITY -> caller.role() == Role.MUNICIPALITY && owner.municipalityId().equals(caller.municipalityId());
            case SCHOOL -> caller.role() == Role.SCHOOL && owner.schoolId().equals(caller.schoolId());
        };
    }

    /**
     * The same rule as {@link #sees} as an SQL condition over a table aliased {@code alias} with the columns
     * owner_type, region_id, municipality_id and school_id; {@code published} is an SQL expression over the alias.
     * Binds :regionId, :municipalityId and :schoolId (those the text names).
     */
    public static String visibleSql(Caller caller, String alias, String published) {
        String a = alias + ".";
        if (caller.role() == Role.MINISTRY) {
            return a + "region_id = :regionId";
        }
        if (caller.role() == Role.MUNICIPALITY) {
            return a + "region_id = :regionId and ((" + a + "owner_type = 'REGION' and " + published + ")"
                    + " or " + a + "municipality_id = :municipalityId)";
        }
        if (caller.role() == Role.SCHOOL) {
            return a + "region_id = :regionId and ((" + a + "owner_type = 'REGION' and " + published + ")"
                    + " or (" + a + "owner_type = 'MUNICIPALITY' and " + published + " and " + a
                    + "municipality_id = :municipalityId) or " + a + "school_id = :schoolId)";
        }
        return "false";
    }

    /** Binds the parameters {@link #visibleSql} names. */
    public static void bind(Caller caller, String sql, java.util.Map<String, Object> params) {
        if (sql.contains(":regionId")) {
            params.put("regionId", caller.regionId());
        }
        if (sql.contains(":municipalityId")) {
            params.put("municipalityId", caller.municipalityId());
        }
        if (sql.contains(":schoolId")) {
            params.put("schoolId", caller.schoolId());
        }
    }
}
