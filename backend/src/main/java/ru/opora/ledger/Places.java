package ru.opora.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The organisations of a batch of entries, looked up at once: a school's municipality and region, a municipality's
 * region, and their codes for the change feed's subjects (/regions/58/schools/5818003401).
 */
final class Places {

    /** An entry's organisation, completed, with the path of its subject. */
    record Place(Long regionId, Long municipalityId, Long schoolId, String path) {

        static final Place NONE = new Place(null, null, null, "");

        /** The CloudEvents subject of an object: the organisation's path, then the object unless it is that organisation. */
        String subject(String kind, String entityId, String tail) {
            if (tail != null) {
                return path + tail;
            }
            boolean isOrganisation = kind.equals("school") && schoolId != null
                    || kind.equals("municipality") && municipalityId != null && schoolId == null
                    || kind.equals("region") && regionId != null && municipalityId == null;
            return isOrganisation && !path.isEmpty() ? path : path + "/" + kind + "s/" + entityId;
        }
    }

    private final Map<Long, Place> schools = new HashMap<>();
    private final Map<Long, Place> municipalities = new HashMap<>();
    private final Map<Long, Place> regions = new HashMap<>();

    static Places load(Connection c, Collection<PendingEntry> entries) throws SQLException {
        Set<Long> schoolIds = new HashSet<>();
        Set<Long> municipalityIds = new HashSet<>();
        Set<Long> regionIds = new HashSet<>();
        for (PendingEntry entry : entries) {
            Owner owner = entry.owner == null ? Owner.NONE : entry.owner;
            if (owner.schoolId() != null) {
                schoolIds.add(owner.schoolId());
            } else if (owner.municipalityId() != null) {
                municipalityIds.add(owner.municipalityId());
            } else if (owner.regionId() != null) {
                regionIds.add(owner.regionId());
            }
        }
        Places places = new Places();
        if (!schoolIds.isEmpty()) {
            query(c, "select s.id, r.id, m.id, r.code, m.oktmo, s.code from school s join municipality m on m.id = s.municipality_id"
                    + " join region r on r.id = m.region_id where s.id = any (?)", schoolIds, rs -> places.schools.put(rs.getLong(1),
                    new Place(rs.getLong(2), rs.getLong(3), rs.getLong(1), "/regions/" + rs.getString(4) + "/schools/" + rs.getString(6))));
        }
        if (!municipalityIds.isEmpty()) {
            query(c, "select m.id, r.id, r.code, m.oktmo from municipality m join region r on r.id = m.region_id where m.id = any (?)",
                    municipalityIds, rs -> places.municipalities.put(rs.getLong(1), new Place(rs.getLong(2), rs.getLong(1), null,
                            "/regions/" + rs.getString(3) + "/municipalities/" + rs.getString(4))));
        }
        if (!regionIds.isEmpty()) {
            query(c, "select id, code from region where id = any (?)", regionIds, rs -> places.regions.put(rs.getLong(1),
                    new Place(rs.getLong(1), null, null, "/regions/" + rs.getString(2))));
        }
        return places;
    }

    Place of(Owner owner) {
        if (owner == null || !owner.known()) {
            return Place.NONE;
        }
        Place place = owner.schoolId() != null ? schools.get(owner.schoolId())
                : owner.municipalityId() != null ? municipalities.get(owner.municipalityId()) : regions.get(owner.regionId());
        // An organisation removed meanwhile keeps the ids the entry was given.
        return place != null ? place : new Place(owner.regionId(), owner.municipalityId(), owner.schoolId(), "");
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Set<Long> ids, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
