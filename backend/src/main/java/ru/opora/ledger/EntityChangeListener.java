package ru.opora.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/**
 * Turns every insert, update and delete of an audited entity, as Hibernate writes it, into a ledger entry of the
 * transaction: the audited fields that changed, old → new. Nothing here names an entity; see {@link EntityModel}.
 */
final class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), Operation.CREATE, null,
                event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), Operation.UPDATE,
                event.getOldState(), event.getState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), Operation.DELETE,
                event.getDeletedState(), null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static void record(SharedSessionContractImplementor session, EntityPersister persister, Object entity,
                               Object id, Operation operation, Object[] old, Object[] now) {
        EntityModel model = EntityModel.of(persister);
        if (model == null) {
            return;
        }
        PendingEntry entry = new PendingEntry(model.kind, LedgerJson.id(id), model.area, null, operation);
        for (int i = 0; i < model.names.length; i++) {
            if (!model.audited[i]) {
                continue;
            }
            Type type = model.types[i];
            JsonNode before = old == null ? null : value(session, type, old[i]);
            JsonNode after = now == null ? null : value(session, type, now[i]);
            if (operation == Operation.UPDATE && java.util.Objects.equals(before, after)) {
                continue;
            }
            if (operation != Operation.UPDATE && before == null && after == null) {
                continue;
            }
            for (FieldChange change : LedgerJson.fields(model.names[i], before, after, type.isComponentType())) {
                if (operation != Operation.UPDATE || !java.util.Objects.equals(change.old(), change.now())) {
                    entry.changes.put(change.field(), change);
                }
                if (change.field().toLowerCase(java.util.Locale.ROOT).endsWith("reason") && change.now() != null) {
                    entry.reason = LedgerJson.text(change.now());
                }
            }
        }
        if (operation == Operation.UPDATE && entry.changes.isEmpty()) {
            return;
        }
        entry.entity = entity;
        entry.state = now != null ? now : old;
        entry.model = model;
        LedgerTransaction.of(session).add(entry);
    }

    /** An entity reference as its id (without loading it), anything else as JSON. */
    private static JsonNode value(SharedSessionContractImplementor session, Type type, Object value) {
        if (value == null) {
            return null;
        }
        if (type.isEntityType()) {
            return LedgerJson.json(LedgerJson.id(session.getFactory().getPersistenceUnitUtil().getIdentifier(value)));
        }
        return LedgerJson.json(value);
    }
}
