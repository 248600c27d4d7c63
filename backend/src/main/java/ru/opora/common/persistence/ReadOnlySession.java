package ru.opora.common.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Marks the current transaction's session read-only, for requests that only read. Hibernate then keeps no snapshot of
 * what it loads (a JSON column's snapshot is a deep copy through Jackson) and checks nothing for changes at commit.
 */
public final class ReadOnlySession {

    private ReadOnlySession() {
    }

    public static void of(EntityManager em) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
    }
}
