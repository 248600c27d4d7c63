package ru.opora.indicator.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A job is failed as «connection lost» only for what says the database went away, wrapped as it comes. */
class ImportFailuresTest {

    @Test
    void aBrokenConnectionOrAServerGoingAwayIsALostConnection() {
        assertTrue(ImportFailures.connectionLost(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(ImportFailures.connectionLost(new SQLException("terminating connection due to unexpected postmaster exit", "57P01")));
        assertTrue(ImportFailures.connectionLost(new SQLException("the database system is in recovery mode", "57P03")));
        assertTrue(ImportFailures.connectionLost(new IllegalStateException(new java.io.IOException(
                new SQLException("Connection refused", "08001")))), "found beneath the wrappers");
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(ImportFailures.connectionLost(new SQLException("duplicate key value", "23505")));
        assertFalse(ImportFailures.connectionLost(new SQLException("no state")));
        assertFalse(ImportFailures.connectionLost(new IllegalStateException("boom")));
        assertFalse(ImportFailures.connectionLost(new IllegalStateException(new SQLException("deadlock detected", "40P01"))));
    }
}
