package ru.opora.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Ledger entries of changes written with SQL rather than through an audited entity (indicator values, target sets),
 * in the current transaction; they are written with the transaction's other entries just before it commits.
 * Changes of audited entities need nothing here: {@link EntityChangeListener} records them.
 */
@ApplicationScoped
public class Ledger {

    /** The kind of the entries of a school's indicator values of one period. */
    public static final String VALUE_KIND = "indicator-value";

    private final EntityManager em;

    Ledger(EntityManager em) {
        this.em = em;
    }

    /** A change of an object written with SQL. */
    public void record(String kind, String entityId, Area area, Operation operation, Owner owner,
                       List<FieldChange> changes, String reason) {
        PendingEntry entry = new PendingEntry(kind, entityId, area, null, operation);
        entry.owner = owner;
        entry.reason = reason;
        changes.forEach(change -> entry.changes.put(change.field(), change));
        LedgerTransaction.of(em.unwrap(SessionImplementor.class)).add(entry);
    }

    /**
     * A school's value changed: its number or text, its state, or both (null new value and state: removed). The values
     * of one school and period changed to one state in a transaction make one entry, typed by that state
     * (ru.opora.indicator-value.accepted).
     */
    public void value(long schoolId, String period, int indicatorId, int cutId, BigDecimal oldNumber, String oldText,
                      String oldStatus, BigDecimal newNumber, String newText, String newStatus, String reason) {
        boolean removed = newStatus == null;
        String type = "ru.opora." + VALUE_KIND + "." + (removed ? "deleted" : verb(newStatus));
        Operation operation = oldStatus == null ? Operation.CREATE : removed ? Operation.DELETE : Operation.UPDATE;
        PendingEntry entry = new PendingEntry(VALUE_KIND, schoolId + "/" + period, Area.VALUES, type, operation);
        entry.bundle = true;
        entry.owner = Owner.school(schoolId);
        entry.reason = reason;
        entry.subjectTail = "/" + VALUE_KIND + "s/" + period;
        String field = "v:" + indicatorId + ":" + cutId;
        entry.valueFields.put(field, new int[] {indicatorId, cutId});
        JsonNode before = oldNumber != null ? LedgerJson.json(oldNumber) : LedgerJson.json(oldText);
        JsonNode after = newNumber != null ? LedgerJson.json(newNumber) : LedgerJson.json(newText);
        if (!java.util.Objects.equals(before, after) || oldStatus == null || removed) {
            entry.changes.put(field, new FieldChange(field, before, after));
        }
        if (!java.util.Objects.equals(oldStatus, newStatus)) {
            entry.changes.put(field + ".status", new FieldChange(field + ".status", LedgerJson.json(oldStatus),
                    LedgerJson.json(newStatus)));
        }
        LedgerTransaction.of(em.unwrap(SessionImplementor.class)).add(entry);
    }

    /** A value as the ledger keeps it (JSON; null for none). */
    public static JsonNode json(Object value) {
        return LedgerJson.json(value);
    }

    /** The verb of a value's state in the change feed: saved (a draft), submitted, returned, accepted. */
    public static String verb(String status) {
        return status.equals("DRAFT") ? "saved" : status.toLowerCase(Locale.ROOT);
    }
}
