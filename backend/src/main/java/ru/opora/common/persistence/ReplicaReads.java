package ru.opora.common.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;
import ru.opora.config.OporaConfig;

/**
 * Read-only analysis on the datasource «analytics»: a streaming replica when OPORA_ANALYTICS_DB_URL names one, the
 * primary itself otherwise. One work runs in one REPEATABLE READ snapshot, so its queries see one moment; the answer
 * says how far behind the primary that moment may be. A replica further behind than opora.analytics.replica-max-lag,
 * one that cannot say how far it is, or one that fails, is passed over: the work then reads the primary.
 * Only reads that keep nothing in the instance belong here; answers kept under read stamps (StampedCache) must read
 * their stamps and data from the primary, or a lagging replica would hand out an answer older than a committed change.
 */
@ApplicationScoped
public class ReplicaReads {

    private static final Logger LOG = Logger.getLogger(ReplicaReads.class);

    /**
     * Lag in seconds of a standby: none when all it received is replayed and it still receives; otherwise the age of
     * the last transaction it replayed (null when it replayed none yet).
     */
    private static final String LAG = "select pg_is_in_recovery(), case when not pg_is_in_recovery() then null"
            + " when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() and exists (select 1 from pg_stat_wal_receiver) then 0"
            + " else extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp())::float8 end";

    /** A piece of analysis over one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T read(Connection connection) throws SQLException;
    }

    /** What the work read, and the lag of the replica it was read from in seconds (null: read on the primary). */
    public record Read<T>(T value, Double replicaLagSeconds) {
    }

    private final AgroalDataSource analytics;
    private final AgroalDataSource primary;
    private final OporaConfig config;

    ReplicaReads(@DataSource("analytics") AgroalDataSource analytics, AgroalDataSource primary, OporaConfig config) {
        this.analytics = analytics;
        this.primary = primary;
        this.config = config;
    }

    public <T> Read<T> read(Work<T> work) {
        try (Connection connection = analytics.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Lag lag = lag(connection);
                if (lag.usable(config.analytics().replicaMaxLag())) {
                    return new Read<>(work.read(connection), lag.seconds());
                }
                LOG.warnf("The analytics replica lags %s s (at most %s allowed): analysis reads the primary",
                        lag.seconds() == null ? "an unknown number of" : lag.seconds(), config.analytics().replicaMaxLag());
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warnf("The analytics datasource failed (%s): analysis reads the primary", e.getMessage());
        }
        try (Connection connection = primary.getConnection()) {
            return new Read<>(work.read(connection), null);
        } catch (SQLException e) {
            throw new IllegalStateException("Analysis could not be read", e);
        }
    }

    private record Lag(boolean standby, Double seconds) {
        boolean usable(Duration max) {
            return !standby || seconds != null && seconds * 1000 <= max.toMillis();
        }
    }

    private static Lag lag(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LAG); ResultSet row = statement.executeQuery()) {
            row.next();
            boolean standby = row.getBoolean(1);
            double seconds = row.getDouble(2);
            return new Lag(standby, !standby || row.wasNull() ? null : Math.max(0, Math.round(seconds * 1000) / 1000.0));
        }
    }
}
