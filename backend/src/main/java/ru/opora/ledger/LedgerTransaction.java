package ru.opora.ledger;

import io.quarkus.arc.Arc;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.persister.entity.EntityPersister;
import org.jboss.logging.Logger;
import ru.opora.common.audit.AuditRevision;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.school.School;

/**
 * The ledger entries of one transaction. They are gathered while the transaction writes and written at its end,
 * just before the commit and after Hibernate's last flush, on the transaction's own connection: the entries commit
 * with the change or not at all, they share the transaction's Envers revision, and the change feed's counter is held
 * only from then to the commit.
 */
final class LedgerTransaction {

    private static final Logger LOG = Logger.getLogger(LedgerTransaction.class);
    private static final Object KEY = LedgerTransaction.class;

    private final Map<String, PendingEntry> entries = new LinkedHashMap<>();

    /** The entries of the session's current transaction, registered to be written before it commits. */
    static LedgerTransaction of(SharedSessionContractImplementor session) {
        TransactionSynchronizationRegistry registry = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        if (registry.getTransactionKey() == null) {
            throw new IllegalStateException("An audited change outside a transaction cannot be written to the ledger");
        }
        LedgerTransaction transaction = (LedgerTransaction) registry.getResource(KEY);
        if (transaction == null) {
            transaction = new LedgerTransaction();
            registry.putResource(KEY, transaction);
            LedgerTransaction registered = transaction;
            session.getTransactionCompletionCallbacks().registerCallback(
                    (org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback) s -> registered.write(s));
        }
        return transaction;
    }

    void add(PendingEntry entry) {
        PendingEntry earlier = entries.get(entry.key());
        if (earlier == null) {
            entries.put(entry.key(), entry);
        } else {
            earlier.merge(entry);
        }
    }

    PendingEntry find(String key) {
        return entries.get(key);
    }

    private void write(SharedSessionContractImplementor session) {
        List<PendingEntry> written = new ArrayList<>();
        for (PendingEntry entry : entries.values()) {
            if (entry.operation == Operation.UPDATE && entry.changes.isEmpty()) {
                continue;
            }
            if (entry.owner == null) {
                entry.owner = owner(session, entry);
            }
            written.add(entry);
        }
        entries.clear();
        if (written.isEmpty()) {
            return;
        }
        AuditRevision revision = AuditReaderFactory.get((SessionImplementor) session)
                .getCurrentRevision(AuditRevision.class, true);
        LedgerWriter.Revision rev = new LedgerWriter.Revision(revision.id, revision.changedAt, revision.changedBy,
                revision.actorKind, revision.requestId, revision.reason);
        ((SessionImplementor) session).doWork(connection -> LedgerWriter.write(connection, rev, written));
    }

    /** The organisation of an entity's entry; on failure, the organisation its last entry named. */
    private static Owner owner(SharedSessionContractImplementor session, PendingEntry entry) {
        if (entry.entity == null) {
            return Owner.NONE;
        }
        try {
            Owner owner = owner(session, entry.entity, entry.model, entry.state, 0);
            if (owner.known()) {
                return owner;
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not find the organisation of %s %s from the entity", entry.kind, entry.entityId);
        }
        return LedgerWriter.lastOwner((SessionImplementor) session, entry.kind, entry.entityId);
    }

    private static Owner owner(SharedSessionContractImplementor session, Object entity, EntityModel model, Object[] state,
                               int depth) {
        if (entity instanceof School school) {
            return Owner.school(school.id);
        }
        if (entity instanceof Municipality municipality) {
            return Owner.municipality(municipality.id);
        }
        if (entity instanceof Region region) {
            return Owner.region(region.id);
        }
        for (int i : model.organisations) {
            if (state[i] != null) {
                long id = ((Number) session.getFactory().getPersistenceUnitUtil().getIdentifier(state[i])).longValue();
                Class<?> type = model.types[i].getReturnedClass();
                return type == School.class ? Owner.school(id) : type == Municipality.class ? Owner.municipality(id) : Owner.region(id);
            }
        }
        Owner found = Owner.NONE;
        for (Map.Entry<Integer, Integer> property : model.organisationIds.entrySet()) {
            Object value = state[property.getKey()];
            if (value instanceof Number id && property.getValue() > found.depth()) {
                found = switch (property.getValue()) {
                    case 3 -> Owner.school(id.longValue());
                    case 2 -> Owner.municipality(id.longValue());
                    default -> Owner.region(id.longValue());
                };
            }
        }
        Owner inId = ownerInId(session, entity, model);
        if (inId.depth() > found.depth()) {
            found = inId;
        }
        if (found.known() || depth >= 3) {
            return found;
        }
        for (int i : model.parents) {
            if (state[i] == null) {
                continue;
            }
            Object parent = Hibernate.unproxy(state[i]);
            EntityPersister persister = session.getEntityPersister(null, parent);
            EntityModel parentModel = EntityModel.of(persister);
            if (parentModel != null) {
                Owner owner = owner(session, parent, parentModel, persister.getValues(parent), depth + 1);
                if (owner.known()) {
                    return owner;
                }
            }
        }
        return Owner.NONE;
    }

    /** A composite id with a schoolId, municipalityId or regionId part (a school's form of a campaign). */
    private static Owner ownerInId(SharedSessionContractImplementor session, Object entity, EntityModel model) {
        Object id = session.getEntityPersister(null, entity).getIdentifier(entity, session);
        if (!(id instanceof Record record)) {
            return Owner.NONE;
        }
        Owner found = Owner.NONE;
        for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
            Integer depth = EntityModel.depth(component.getName());
            if (depth == null || depth <= found.depth()) {
                continue;
            }
            try {
                if (component.getAccessor().invoke(record) instanceof Number n) {
                    found = depth == 3 ? Owner.school(n.longValue()) : depth == 2 ? Owner.municipality(n.longValue())
                            : Owner.region(n.longValue());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }
}
