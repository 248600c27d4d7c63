package ru.opora.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.opora.ledger.Area;
import ru.opora.ledger.AuditService;
import ru.opora.ledger.LedgerScope;

/**
 * The SQL of a page of the feed: entries after a position within a scope, in order. Each part of the scope is one range
 * of an index on (organisation, position), read in order and merged, so that a region's feed does not scan the other
 * regions' entries. The columns are those of {@link AuditService#view}.
 */
public record FeedQuery(String sql, List<Object> params) {

    public static FeedQuery of(LedgerScope scope, long after, int limit, List<String> types) {
        List<Object> filterParams = new ArrayList<>();
        String filter = filter(scope.areas(), types, filterParams);
        List<Object> params = new ArrayList<>();
        String sql;
        if (scope.municipalityId() == null) {
            sql = "select * from ((select " + AuditService.COLUMNS + " from audit_entry e where e.region_id = ? and e.position > ?"
                    + filter + " order by e.position limit " + limit + ") union all (select " + AuditService.COLUMNS
                    + " from audit_entry e where e.region_id is null and e.position > ?" + filter + " order by e.position limit "
                    + limit + ")) x order by 1 limit " + limit;
            params.add(scope.regionId());
            params.add(after);
            params.addAll(filterParams);
            params.add(after);
            params.addAll(filterParams);
        } else {
            sql = "select " + AuditService.COLUMNS + " from audit_entry e where e.municipality_id = ? and e.position > ?"
                    + filter + " order by e.position limit " + limit;
            params.add(scope.municipalityId());
            params.add(after);
            params.addAll(filterParams);
        }
        return new FeedQuery(sql, params);
    }

    private static String filter(Set<Area> areas, List<String> types, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (!areas.containsAll(Set.of(Area.values()))) {
            sql.append(" and e.area in (");
            if (areas.isEmpty()) {
                sql.append("null");
            }
            String sep = "";
            for (Area area : areas) {
                sql.append(sep).append('?');
                params.add(area.name().toLowerCase(Locale.ROOT));
                sep = ", ";
            }
            sql.append(')');
        }
        if (!types.isEmpty()) {
            sql.append(" and (");
            String sep = "";
            for (String type : types) {
                sql.append(sep).append(type.endsWith("*") ? "e.event_type like ?" : "e.event_type = ?");
                params.add(type.endsWith("*") ? type.substring(0, type.length() - 1).replace("_", "\\_") + "%" : type);
                sep = " or ";
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
