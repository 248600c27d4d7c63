package ru.opora.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PostgreSQL 17 from the zonky binaries. Superuser {@code postgres} with trust authentication on localhost (any
 * password works, {@code postgres} is what the stack passes).
 */
final class EmbeddedDatabase {

    /**
     * UTF-8 with the builtin C.UTF-8 locale: lower()/upper() and ILIKE work on Cyrillic (and on «Ё»), sorting is by
     * code point, and nothing depends on the operating system's locales.
     */
    static final String CREATE_OPTIONS =
            "TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8'";

    /** Keeps zonky's INFO logging off the console (a strong reference, or the setting may be collected). */
    private static final Logger ZONKY_LOG = Logger.getLogger("io.zonky");

    private final StackSettings settings;
    private EmbeddedPostgres postgres;

    EmbeddedDatabase(StackSettings settings) {
        this.settings = settings;
    }

    void start() {
        ZONKY_LOG.setLevel(Level.WARNING);
        try {
            Files.createDirectories(settings.logs());
            Files.createDirectories(settings.postgresData());
            var log = ProcessBuilder.Redirect.to(settings.logs().resolve("postgres.log").toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (settings.mode() == StackSettings.Mode.BENCH) {
                // Sized as a production server of this machine would be (2 cores, 23 GB), not as a laptop default:
                // a quarter of the memory for PostgreSQL's own cache, so that the national table and its indexes
                // (about 5.5 GB) are not written out and read back while the import runs.
                long memoryMb = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
                builder.setServerConfig("shared_buffers", Math.max(128, memoryMb / 4) + "MB")
                        .setServerConfig("effective_cache_size", "8GB")
                        .setServerConfig("work_mem", "64MB")
                        .setServerConfig("maintenance_work_mem", "512MB")
                        // Room for a whole national load between checkpoints (PostgreSQL's advice for bulk loading):
                        // after a checkpoint every page written first goes into the WAL whole.
                        .setServerConfig("max_wal_size", "16GB")
                        .setServerConfig("checkpoint_timeout", "30min")
                        .setServerConfig("wal_compression", "on")
                        // Room for a few seconds of a bulk load's WAL, so that the WAL writer, not the loading backends,
                        // writes and flushes it.
                        .setServerConfig("wal_buffers", "64MB")
                        // Durable as in production: the embedded server otherwise starts with fsync and synchronous
                        // commit off, which suits tests but would flatter the figures.
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        // A statement slower than any target of the benchmark is written to postgres.log with its plan
                        // parameters, so that a slow answer can be explained after the stack is gone.
                        .setServerConfig("log_min_duration_statement", "2000");
            }
            postgres = builder
                    .setPort(settings.postgresPort())
                    .setDataDirectory(settings.postgresData())
                    .setCleanDataDirectory(!settings.persistentDatabase())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StackException(
                    "PostgreSQL не запустился (" + e.getMessage() + "). Данные: " + settings.postgresData()
                            + (settings.persistentDatabase() ? " — если каталог повреждён, удалите .data/postgres." : ""),
                    "PostgreSQL did not start (" + e.getMessage() + "). Data: " + settings.postgresData()
                            + (settings.persistentDatabase() ? " — if it is corrupted, delete .data/postgres." : ""),
                    ChildProcess.tail(settings.logs().resolve("postgres.log"), ChildProcess.TAIL_LINES));
        }
        createDatabaseIfAbsent("opora");
        createDatabaseIfAbsent("keycloak");
        requireCyrillicCaseMapping("opora");
    }

    private void createDatabaseIfAbsent(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + name + " " + CREATE_OPTIONS);
            }
        } catch (SQLException e) {
            throw new StackException("Не удалось создать базу " + name + ": " + e.getMessage(),
                    "Could not create database " + name + ": " + e.getMessage());
        }
    }

    private void requireCyrillicCaseMapping(String database) {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select lower('ШКОЛА Ё'), upper('школа ё')")) {
            rs.next();
            if (!"школа ё".equals(rs.getString(1)) || !"ШКОЛА Ё".equals(rs.getString(2))) {
                throw new StackException(
                        "База " + database + " не переводит кириллицу в нижний регистр: lower('ШКОЛА Ё') = '"
                                + rs.getString(1) + "'. Удалите .data/postgres и запустите снова.",
                        "Database " + database + " does not lower-case Cyrillic. Delete .data/postgres and start again.");
            }
        } catch (SQLException e) {
            throw new StackException("Проверка базы " + database + " не удалась: " + e.getMessage(),
                    "Checking database " + database + " failed: " + e.getMessage());
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + database;
    }

    boolean running() {
        return postgres != null;
    }

    void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            Console.error("PostgreSQL: " + e.getMessage());
        }
        postgres = null;
    }
}
