package ru.opora.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The packaged Quarkus backend ({@code backend/target/quarkus-app/quarkus-run.jar}) with demo data. */
final class BackendServer {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;
    private ChildProcess process;

    BackendServer(StackSettings settings) {
        this.settings = settings;
    }

    void check() {
        if (!Files.isRegularFile(settings.backendJar())) {
            throw new StackException(
                    "Нет собранного backend: " + settings.backendJar() + ". Соберите его: ./mvnw -Pdemo package "
                            + "(или ./mvnw verify).",
                    "The backend is not built: " + settings.backendJar() + ". Build it: ./mvnw -Pdemo package "
                            + "(or ./mvnw verify).");
        }
    }

    void start(String databaseJdbcUrl) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        boolean bench = settings.mode() == StackSettings.Mode.BENCH;
        // The benchmark's backend log tells every import's phases (staging, checks, history, upsert, shares).
        List<String> command = bench
                ? List.of(java, "-Xmx768m", "-Dquarkus.log.category.\"ru.opora.indicator.exchange\".level=DEBUG",
                        // The reference endpoint the reads are compared with exists only here.
                        "-Dopora.benchmark.reference=true", "-jar",
                        settings.backendJar().toString())
                : List.of(java, "-Xmx768m", "-jar", settings.backendJar().toString());
        Map<String, String> env = Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(settings.backendPort()),
                "QUARKUS_DATASOURCE_JDBC_URL", databaseJdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_OIDC_AUTH_SERVER_URL", settings.issuer(),
                "OPORA_DEMO_DATA_ENABLED", String.valueOf(!bench));
        process = ChildProcess.start("Backend", command, settings.backendJar().getParent(), env,
                settings.logs().resolve("backend.log"));
    }

    void awaitReady() {
        Readiness.await("Backend", process, READY_TIMEOUT, settings.backendUrl() + "/q/health/ready");
    }

    ChildProcess process() {
        return process;
    }

    void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(15));
            process = null;
        }
    }
}
