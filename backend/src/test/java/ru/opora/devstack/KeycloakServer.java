package ru.opora.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The official Keycloak distribution (unpacked by the backend pom into {@code .cache/}) in dev mode on PostgreSQL,
 * importing {@code backend/keycloak/opora-realm.json} when the realm does not exist yet.
 *
 * <p>Build options ({@code --db}, {@code --health-enabled}) are the same in every mode, so Keycloak is built once
 * (first start ≈ 80 s) and later starts only read runtime options (ports, database URL).
 */
final class KeycloakServer {

    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(6);

    private final StackSettings settings;
    private ChildProcess process;

    KeycloakServer(StackSettings settings) {
        this.settings = settings;
    }

    /** Fails early when the distribution is missing. */
    void check() {
        if (!Files.isExecutable(script())) {
            throw new StackException(
                    "Keycloak не найден в " + settings.keycloakHome() + ". Его распаковывает сборка backend (фаза package): "
                            + "запустите ./mvnw -Pdemo package или ./mvnw verify.",
                    "Keycloak not found in " + settings.keycloakHome() + ". The backend build unpacks it in the package "
                            + "phase: run ./mvnw -Pdemo package or ./mvnw verify.");
        }
        if (!Files.isRegularFile(settings.realmFile())) {
            throw new StackException("Нет файла realm: " + settings.realmFile(), "Realm file missing: " + settings.realmFile());
        }
    }

    private Path script() {
        return settings.keycloakHome().resolve("bin/kc.sh");
    }

    void start(String databaseJdbcUrl) {
        try {
            Path imports = settings.keycloakHome().resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(settings.realmFile(), imports.resolve("opora-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("Не удалось скопировать realm в Keycloak: " + e.getMessage(),
                    "Could not copy the realm into Keycloak: " + e.getMessage());
        }
        List<String> command = List.of(script().toString(), "start-dev",
                // build options: identical in all modes
                "--db=postgres",
                "--health-enabled=true",
                // runtime options
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + settings.keycloakManagementPort(),
                "--import-realm",
                "--db-url=" + databaseJdbcUrl,
                "--db-username=postgres",
                "--db-password=postgres",
                "--log-console-color=false");
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_HOME", javaHome());
        // kc.sh would otherwise size the heap from the machine's memory (70 %)
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        process = ChildProcess.start("Keycloak", command, settings.keycloakHome(), env, settings.logs().resolve("keycloak.log"));
    }

    /** Temurin 25 when installed, else the JVM running this launcher. */
    static String javaHome() {
        if (Files.isExecutable(TEMURIN_25.resolve("bin/java"))) {
            return TEMURIN_25.toString();
        }
        return System.getProperty("java.home");
    }

    void awaitReady() {
        Readiness.await("Keycloak", process, READY_TIMEOUT,
                "http://localhost:" + settings.keycloakManagementPort() + "/health/ready");
        // the realm is imported before readiness; make sure it is there
        Readiness.await("Keycloak realm opora", process, Duration.ofSeconds(30),
                settings.issuer() + "/.well-known/openid-configuration");
    }

    ChildProcess process() {
        return process;
    }

    void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
            process = null;
        }
    }
}
