package ru.opora.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Writes ledger entries with plain JDBC on the connection of the transaction that made the changes: completes each
 * entry's organisation (a school's municipality and region), names indicator values by their codes, takes the entries'
 * positions from change_feed_counter and inserts them. Used at the end of Hibernate transactions and by import jobs.
 */
public final class LedgerWriter {

    private static final int BATCH = 1000;

    /** Who made the transaction's changes, when, in which request and why (the caller's reason, or null). */
    public record Revision(long id, Instant changedAt, String actor, String actorKind, String requestId, String reason) {
    }

    private LedgerWriter() {
    }

    /**
     * Entries of a transaction that writes with plain JDBC (an import job): gathered, then written with a revision of
     * their own by {@link #write(Connection)} as the last statements before the commit.
     */
    public static final class Batch {

        private final String actor;
        private final String actorKind;
        private final String requestId;
        private final String reason;
        private final java.util.LinkedHashMap<String, PendingEntry> entries = new java.util.LinkedHashMap<>();

        public Batch(String actor, String actorKind, String requestId, String reason) {
            this.actor = actor;
            this.actorKind = actorKind == null ? "USER" : actorKind;
            this.requestId = requestId;
            this.reason = reason;
        }

        /** An entry; subjectTail (or null) follows the organisation's path in the feed's subject. */
        public Batch add(String kind, String entityId, Area area, String eventType, Operation operation, Owner owner,
                         List<FieldChange> changes, String reason, String subjectTail) {
            PendingEntry entry = new PendingEntry(kind, entityId, area, eventType, operation);
            entry.owner = owner;
            entry.reason = reason;
            entry.subjectTail = subjectTail;
            changes.forEach(change -> entry.changes.put(change.field(), change));
            PendingEntry earlier = entries.putIfAbsent(entry.key(), entry);
            if (earlier != null) {
                earlier.merge(entry);
            }
            return this;
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }

        /** Writes a revision and the entries on the connection, in its transaction; returns the last position. */
        public long write(Connection c) throws SQLException {
            if (entries.isEmpty()) {
                return 0;
            }
            Revision revision;
            try (PreparedStatement s = c.prepareStatement("insert into audit_revision (changed_at, changed_by, actor_kind,"
                    + " request_id, reason) values (clock_timestamp(), ?, ?, ?, ?) returning id, changed_at")) {
                s.setString(1, cut(actor, 100));
                s.setString(2, actorKind);
                s.setString(3, requestId);
                s.setString(4, cut(reason, 2000));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    revision = new Revision(rs.getLong(1), rs.getTimestamp(2).toInstant(), actor, actorKind, requestId, reason);
                }
            }
            return LedgerWriter.write(c, revision, entries.values());
        }
    }

    /** Writes the entries; returns the last position taken (0 when there were none). */
    static long write(Connection c, Revision revision, Collection<PendingEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return 0;
        }
        Places places = Places.load(c, entries);
        nameValueFields(c, entries);
        long last;
        // The row lock taken here is held to the commit: positions are taken in the order transactions commit.
        try (PreparedStatement s = c.prepareStatement(
                "update change_feed_counter set last_position = last_position + ? where id returning last_position")) {
            s.setLong(1, entries.size());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
        }
        long position = last - entries.size();
        try (PreparedStatement s = c.prepareStatement("insert into audit_entry (position, rev, changed_at, actor, actor_kind,"
                + " request_id, entity_kind, entity_id, operation, area, region_id, municipality_id, school_id, reason, changes,"
                + " event_type, subject) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")) {
            int batched = 0;
            for (PendingEntry entry : entries) {
                Places.Place place = places.of(entry.owner);
                s.setLong(1, ++position);
                s.setLong(2, revision.id());
                s.setTimestamp(3, Timestamp.from(revision.changedAt()));
                s.setString(4, cut(revision.actor(), 100));
                s.setString(5, revision.actorKind());
                s.setString(6, revision.requestId());
                s.setString(7, entry.kind);
                s.setString(8, cut(entry.entityId, 200));
                s.setString(9, entry.operation.name());
                s.setString(10, entry.area.name().toLowerCase(java.util.Locale.ROOT));
                s.setObject(11, place.regionId());
                s.setObject(12, place.municipalityId());
                s.setObject(13, place.schoolId());
                s.setString(14, cut(entry.reason != null ? entry.reason : revision.reason(), 2000));
                s.setString(15, changes(entry));
                s.setString(16, cut(entry.type(), 120));
                s.setString(17, cut(place.subject(entry.kind, entry.entityId, entry.subjectTail), 400));
                s.addBatch();
                if (++batched % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        return last;
    }

    /** The organisation the last entry of this object named; none if it has no entry. */
    static Owner lastOwner(SessionImplementor session, String kind, String entityId) {
        return session.doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("select region_id, municipality_id, school_id from audit_entry"
                    + " where entity_kind = ? and entity_id = ? order by position desc limit 1")) {
                s.setString(1, kind);
                s.setString(2, entityId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? new Owner((Long) rs.getObject(1), (Long) rs.getObject(2), (Long) rs.getObject(3))
                            : Owner.NONE;
                }
            }
        });
    }

    private static String changes(PendingEntry entry) {
        ArrayNode array = LedgerJson.MAPPER.createArrayNode();
        for (FieldChange change : entry.changes.values()) {
            ObjectNode node = array.addObject();
            node.put("field", change.field());
            node.set("old", change.old());
            node.set("new", change.now());
        }
        try {
            return LedgerJson.MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives the fields of indicator values their names: the indicator's code and the cut («VPR_MARK_2[GRADE=4;SUBJECT=MATH]»). */
    private static void nameValueFields(Connection c, Collection<PendingEntry> entries) throws SQLException {
        Set<Integer> indicators = new HashSet<>();
        Set<Integer> cuts = new HashSet<>();
        for (PendingEntry entry : entries) {
            for (int[] key : entry.valueFields.values()) {
                indicators.add(key[0]);
                cuts.add(key[1]);
            }
        }
        if (indicators.isEmpty()) {
            return;
        }
        Map<Integer, String> codes = names(c, "select id, code from indicator where id = any (?)", indicators);
        Map<Integer, String> cutKeys = names(c, "select id, key from disaggregation where id = any (?)", cuts);
        for (PendingEntry entry : entries) {
            if (entry.valueFields.isEmpty()) {
                continue;
            }
            List<FieldChange> named = new ArrayList<>();
            for (FieldChange change : entry.changes.values()) {
                String field = change.field();
                String base = field.endsWith(".status") ? field.substring(0, field.length() - 7) : field;
                int[] key = entry.valueFields.get(base);
                if (key != null) {
                    String cut = cutKeys.getOrDefault(key[1], "");
                    String name = codes.getOrDefault(key[0], "indicator " + key[0]) + (cut.isEmpty() ? "" : "[" + cut + "]");
                    field = name + field.substring(base.length());
                }
                named.add(new FieldChange(field, change.old(), change.now()));
            }
            entry.changes.clear();
            named.forEach(change -> entry.changes.put(change.field(), change));
        }
    }

    private static Map<Integer, String> names(Connection c, String sql, Set<Integer> ids) throws SQLException {
        Map<Integer, String> names = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("integer", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return names;
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
