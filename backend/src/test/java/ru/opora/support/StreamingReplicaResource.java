package ru.opora.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A primary PostgreSQL and a real streaming replica of it (hot standby), both from zonky's embedded binaries. Zonky
 * ships no pg_basebackup, so the replica is made the way pg_basebackup makes it: a physical replication slot keeps the
 * WAL, pg_backup_start/pg_backup_stop frame a copy of the running primary's files, the copy gets the backup label,
 * standby.signal and primary_conninfo, and starts streaming from the slot. The application's datasource is the
 * primary, «analytics» the replica.
 */
public class StreamingReplicaResource implements QuarkusTestResourceLifecycleManager {

    /** Left empty in the copy, as pg_basebackup leaves them. */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_subtrans");
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label");

    private Path root;
    private EmbeddedPostgres primary;
    private EmbeddedPostgres replica;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("opora-replica");
            Path primaryData = root.resolve("primary");
            Path replicaData = root.resolve("replica");
            primary = EmbeddedPostgres.builder().setDataDirectory(primaryData).setCleanDataDirectory(true).start();
            EmbeddedPostgresResource.createDatabase(primary);
            baseBackup(primaryData, replicaData);
            replica = EmbeddedPostgres.builder().setDataDirectory(replicaData).setCleanDataDirectory(false).start();
            try (Connection c = replica.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select pg_is_in_recovery()")) {
                r.next();
                if (!r.getBoolean(1)) {
                    throw new IllegalStateException("The copy started as a primary, not as a standby");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the streaming replica", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", primary.getJdbcUrl("postgres", "opora"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "quarkus.datasource.analytics.jdbc.url", replica.getJdbcUrl("postgres", "opora"),
                "quarkus.datasource.analytics.username", "postgres",
                "quarkus.datasource.analytics.password", "postgres");
    }

    private void baseBackup(Path from, Path to) throws IOException, SQLException {
        try (Connection c = primary.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_create_physical_replication_slot('analytics', true)");
            s.execute("select pg_backup_start('analytics replica', true)");
            copy(from, to);
            String label;
            try (ResultSet r = s.executeQuery("select labelfile from pg_backup_stop(false)")) {
                r.next();
                label = r.getString(1);
            }
            Files.writeString(to.resolve("backup_label"), label);
        }
        Files.writeString(to.resolve("standby.signal"), "");
        Files.writeString(to.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=localhost port=" + primary.getPort()
                + " user=postgres'\nprimary_slot_name = 'analytics'\nhot_standby = on\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectory(to, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                if (!dir.equals(from)) {
                    Files.createDirectories(target);
                }
                if (EMPTIED.contains(from.relativize(dir).toString())) {
                    if (dir.endsWith("pg_wal")) {
                        Files.createDirectories(target.resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!SKIPPED.contains(file.getFileName().toString())) {
                    try {
                        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    } catch (NoSuchFileException gone) {
                        // Dropped while copying: the WAL replayed from the backup's start drops it too.
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    @Override
    public void stop() {
        try {
            if (replica != null) {
                replica.close();
            }
            if (primary != null) {
                primary.close();
            }
            if (root != null && Files.exists(root)) {
                try (Stream<Path> paths = Files.walk(root)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
