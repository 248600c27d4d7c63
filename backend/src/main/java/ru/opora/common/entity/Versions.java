package ru.opora.common.entity;

import ru.opora.common.error.ApiException;

/**
 * Optimistic locking, written once. A change is admitted on the version the caller last read, and the database
 * write itself decides who wins: Hibernate writes a managed {@code @Version} entity with
 * {@code UPDATE … SET version = v + 1 WHERE id = ? AND version = v}, where v is the version it loaded (a version
 * assigned to a managed entity is ignored, so the caller's version cannot be handed over any other way). Hence:
 * the caller's version must equal the loaded one (otherwise the row has already moved on: 409 at once), and then
 * the versioned UPDATE checks exactly the caller's version; of N concurrent writers with one version, one UPDATE
 * matches a row and the others match none (StaleStateException, mapped to 409 by ProblemMappers). Native writes
 * put {@code AND version = :version} into their statement and refuse when no row was written.
 */
public final class Versions {

    private Versions() {
    }

    /** Refuses a missing version (422) and one other than the stored one (409). */
    public static long require(Long expected, long stored, String field, String what) {
        if (expected == null) {
            throw ApiException.invalid(field, "укажите версию " + what + ", которую вы изменяете");
        }
        if (expected != stored) {
            throw ApiException.staleVersion(expected, stored);
        }
        return expected;
    }

    /** A native versioned write changed no row: another writer took the version first. */
    public static void requireWritten(int rows, long expected) {
        if (rows != 1) {
            throw ApiException.staleVersion(expected, expected + 1);
        }
    }
}
