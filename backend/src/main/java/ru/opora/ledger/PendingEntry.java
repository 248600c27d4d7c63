package ru.opora.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A ledger entry being gathered in a transaction. Several changes of one object in one transaction (created, then
 * changed; changed twice) end as one entry: a field keeps its first old value and its last new value.
 */
final class PendingEntry {

    final String kind;
    final String entityId;
    final Area area;
    /** The CloudEvents type; null: ru.opora.&lt;kind&gt;.&lt;verb&gt;. */
    final String eventType;
    Operation operation;
    Owner owner;
    /** For an audited entity: the entity and its state, to find its organisation when the entry is written. */
    Object entity;
    Object[] state;
    EntityModel model;
    String reason;
    /** The object's part of the subject after its organisation's path; null: /&lt;kind&gt;s/&lt;id&gt;. */
    String subjectTail;
    /** Many values of one school and period in one entry: a value created or removed is a change of the entry. */
    boolean bundle;
    final Map<String, FieldChange> changes = new LinkedHashMap<>();
    /** Fields of indicator values, named when written: placeholder → (indicator id, cut id). */
    final Map<String, int[]> valueFields = new LinkedHashMap<>();

    PendingEntry(String kind, String entityId, Area area, String eventType, Operation operation) {
        this.kind = kind;
        this.entityId = entityId;
        this.area = area;
        this.eventType = eventType;
        this.operation = operation;
    }

    String key() {
        return key(kind, entityId, eventType);
    }

    static String key(String kind, String entityId, String eventType) {
        return kind + '\u0000' + entityId + '\u0000' + Objects.toString(eventType, "");
    }

    void add(FieldChange change) {
        FieldChange earlier = changes.get(change.field());
        FieldChange merged = earlier == null ? change : new FieldChange(change.field(), earlier.old(), change.now());
        if (operation == Operation.UPDATE && Objects.equals(merged.old(), merged.now())) {
            changes.remove(change.field());
        } else {
            changes.put(change.field(), merged);
        }
    }

    /** A later change of the same object in the same transaction. */
    void merge(PendingEntry later) {
        if (bundle) {
            if (later.operation != operation) {
                operation = Operation.UPDATE;
            }
            later.changes.values().forEach(this::add);
        } else if (later.operation == Operation.DELETE) {
            operation = Operation.DELETE;
            changes.clear();
            changes.putAll(later.changes);
        } else {
            later.changes.values().forEach(this::add);
        }
        if (later.entity != null) {
            entity = later.entity;
            state = later.state;
            model = later.model;
        }
        if (later.owner != null) {
            owner = later.owner;
        }
        if (later.reason != null) {
            reason = later.reason;
        }
        valueFields.putAll(later.valueFields);
    }

    String type() {
        return eventType != null ? eventType : "ru.opora." + kind + "." + operation.verb();
    }
}
