package ru.opora.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** A database that is restarting is a reason to retry (503), not a server fault (500); any other SQL error is. */
class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionIsUnavailability() {
        assertTrue(ProblemMappers.databaseUnavailable(new IllegalStateException(
                new PSQLException("FATAL: terminating connection due to unexpected postmaster exit", PSQLState.CONNECTION_FAILURE))));
        assertTrue(ProblemMappers.databaseUnavailable(new RuntimeException(
                new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("the database system is shutting down", "57P01")));
        assertTrue(ProblemMappers.databaseUnavailable(new java.sql.SQLTransientConnectionException("no connection")));
    }

    @Test
    void otherFailuresStayInternal() {
        assertFalse(ProblemMappers.databaseUnavailable(new SQLException("syntax error", "42601")));
        assertFalse(ProblemMappers.databaseUnavailable(new SQLException("no state")));
        assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException("plain")));
    }

    @Test
    void theAnswerSaysWhenToRetry() {
        var response = new ProblemMappers(null).unexpected(new IllegalStateException(
                new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE)), null);
        assertEquals(503, response.getStatus());
        assertEquals(ProblemMappers.RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }
}
