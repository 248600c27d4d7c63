package ru.opora.security;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Entity listener of the organisations (region, municipality, school): any write empties the {@link OrganisationCache}
 * of this instance, so a renamed organisation is seen by the very next request here. It is cleared again after the
 * transaction ends, so that a request that read the old row meanwhile does not keep it.
 */
public class OrganisationCacheEviction {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object organisation) {
        OrganisationCache cache = Arc.container().instance(OrganisationCache.class).get();
        cache.clear();
        try {
            jakarta.transaction.TransactionSynchronizationRegistry registry = Arc.container()
                    .instance(jakarta.transaction.TransactionSynchronizationRegistry.class).get();
            if (registry != null && registry.getTransactionKey() != null) {
                registry.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        cache.clear();
                    }
                });
            }
        } catch (IllegalStateException e) {
            // No transaction to wait for: the clear above is all there is to do.
        }
    }
}
