package ru.opora.ledger;

import java.util.EnumSet;
import java.util.Set;
import ru.opora.common.error.ApiException;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Whose entries a caller reads: a ministry its region's (and the common catalogue's, which has no organisation), a
 * municipality its own and its schools'; a service account only those of the areas its scopes grant. Schools have no
 * ledger of their own.
 */
public record LedgerScope(long regionId, Long municipalityId, Set<Area> areas) {

    public static LedgerScope of(Caller caller, Set<Area> areas) {
        return switch (caller.role()) {
            case MINISTRY -> new LedgerScope(caller.regionId(), null, areas);
            case MUNICIPALITY -> new LedgerScope(caller.regionId(), caller.municipalityId(), areas);
            default -> throw ApiException.forbidden("Журнал и ленту изменений читают министерство и муниципалитеты.");
        };
    }

    /** Every area: a user. */
    public static Set<Area> allAreas() {
        return EnumSet.allOf(Area.class);
    }

    /** The areas a service account's scopes let it read in the ledger and the feed. */
    public static Set<Area> areasOf(Set<ru.opora.security.ServiceScope> scopes) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        for (ru.opora.security.ServiceScope scope : scopes) {
            areas.add(switch (scope) {
                case REGISTRY_READ -> Area.REGISTRY;
                case VALUES_READ, VALUES_WRITE -> Area.VALUES;
                case ROADMAPS_READ -> Area.ROADMAPS;
            });
        }
        return areas;
    }

    static boolean isMinistry(Caller caller) {
        return caller.role() == Role.MINISTRY;
    }

    /** The SQL condition on audit_entry e (positional parameters appended to {@code params}). */
    String where(java.util.List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (municipalityId == null) {
            sql.append("(e.region_id = ? or e.region_id is null)");
            params.add(regionId);
        } else {
            sql.append("e.municipality_id = ?");
            params.add(municipalityId);
        }
        if (!areas.containsAll(EnumSet.allOf(Area.class))) {
            sql.append(" and e.area in (");
            String sep = "";
            for (Area area : areas) {
                sql.append(sep).append('?');
                params.add(area.name().toLowerCase(java.util.Locale.ROOT));
                sep = ", ";
            }
            if (areas.isEmpty()) {
                sql.append("null");
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
