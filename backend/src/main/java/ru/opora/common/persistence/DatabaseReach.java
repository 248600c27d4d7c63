package ru.opora.common.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/** Whether a failure means PostgreSQL could not be reached, written once for the API's answers and the import jobs. */
public final class DatabaseReach {

    private DatabaseReach() {
    }

    /**
     * The connection broke or was refused (SQLSTATE class 08), the server is going away or starting (57P), or no
     * connection could be had from the pool: the same request may succeed once the database is back.
     */
    public static boolean lost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
