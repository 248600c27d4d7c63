package ru.opora.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL 17 (zonky's binaries) that can be killed like a crashed server and started again on the same data
 * directory, durable as in production (fsync and synchronous commit on). zonky makes the cluster and starts it once;
 * after a SIGKILL of the postmaster it is started again with the command line the postmaster recorded
 * ({@code postmaster.opts}), under {@code unshare -U} when running as root, as zonky does.
 */
final class CrashablePostgres implements AutoCloseable {

    private final Path data;
    private final Path log;
    private final int port;
    private Process restarted;

    private CrashablePostgres(Path data, Path log, int port) {
        this.data = data;
        this.log = log;
        this.port = port;
    }

    static CrashablePostgres start(Path directory) throws IOException {
        Path data = directory.resolve("pgdata");
        Path log = directory.resolve("postgres.log");
        int port = Ports.anyFree();
        var out = ProcessBuilder.Redirect.appendTo(log.toFile());
        EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setOutputRedirector(out)
                .setErrorRedirector(out)
                .start();
        CrashablePostgres postgres = new CrashablePostgres(data, log, port);
        try (Connection c = postgres.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("create database opora " + EmbeddedDatabase.CREATE_OPTIONS);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private ProcessHandle postmaster() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
    }

    /**
     * SIGKILL to the postmaster, as a crash or the OOM killer would do it; waits until its backends, which notice
     * the postmaster's death by themselves, are gone too.
     */
    void kill() throws Exception {
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> children = postmaster.children().toList();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        for (ProcessHandle child : children) {
            child.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    /** Starts PostgreSQL again on the same data directory; returns true when it accepts connections within the time. */
    boolean restart(Duration within) throws Exception {
        String options = Files.readString(data.resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        for (String part : options.split(" (?=\")")) {
            command.add(part.replaceAll("^\"|\"$", ""));
        }
        restarted = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && restarted.isAlive()) {
            try (Connection c = connect("opora")) {
                return true;
            } catch (SQLException notYet) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    /** Stops the server (fast shutdown) and deletes its data directory. */
    @Override
    public void close() throws Exception {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
                java.util.Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
                if (postmaster.isPresent()) {
                    // SIGINT: fast shutdown.
                    new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor();
                    postmaster.get().onExit().get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            if (restarted != null) {
                restarted.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
