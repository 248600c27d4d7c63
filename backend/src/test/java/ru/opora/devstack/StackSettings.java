package ru.opora.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where things are and which ports they use, for one mode.
 *
 * <ul>
 *   <li>{@code up}: persistent PostgreSQL in {@code .data/postgres} on 54329, Keycloak 8180 (9180), backend 8080, Vite
 *       dev server 5173;</li>
 *   <li>{@code e2e}: throwaway PostgreSQL on a free port, Keycloak 8181 (9181), backend 8081, {@code vite preview} of
 *       {@code frontend/dist} on 4173.</li>
 * </ul>
 *
 * System properties: {@code opora.root}, {@code opora.keycloak.home}, {@code opora.backend.jar} (set by the pom),
 * {@code opora.only} or environment variable {@code OPORA_ONLY} (comma list of db,keycloak,backend,spa — start only
 * these), {@code opora.e2e.command} or {@code OPORA_E2E_COMMAND} (the test command run in {@code frontend/}, default
 * {@code npm run test:e2e}).
 */
record StackSettings(
        Mode mode,
        Path root,
        Path keycloakHome,
        Path backendJar,
        Path realmFile,
        Path frontend,
        Path logs,
        Path postgresData,
        boolean persistentDatabase,
        int postgresPort,
        int keycloakPort,
        int keycloakManagementPort,
        int backendPort,
        int spaPort,
        Set<String> only,
        String e2eCommand) {

    enum Mode { UP, E2E, BENCH }

    static final Set<String> COMPONENTS = Set.of("db", "keycloak", "backend", "spa");

    static StackSettings of(Mode mode) {
        Path root = Path.of(System.getProperty("opora.root", ".")).toAbsolutePath().normalize();
        Path keycloakHome = Path.of(System.getProperty("opora.keycloak.home",
                root.resolve(".cache/keycloak-26.7.3").toString())).toAbsolutePath().normalize();
        Path backendJar = Path.of(System.getProperty("opora.backend.jar",
                root.resolve("backend/target/quarkus-app/quarkus-run.jar").toString())).toAbsolutePath().normalize();
        Set<String> only = parseOnly(setting("opora.only", "OPORA_ONLY", ""));
        String e2eCommand = setting("opora.e2e.command", "OPORA_E2E_COMMAND", "npm run test:e2e");
        Path data = root.resolve(".data");
        if (mode == Mode.UP) {
            return new StackSettings(mode, root, keycloakHome, backendJar, root.resolve("backend/keycloak/opora-realm.json"),
                    root.resolve("frontend"), data.resolve("logs"), data.resolve("postgres"), true,
                    54329, 8180, 9180, 8080, 5173, only, e2eCommand);
        }
        if (mode == Mode.BENCH) {
            // A fresh data set every run, on the project's disk (it grows to several gigabytes).
            return new StackSettings(mode, root, keycloakHome, backendJar, root.resolve("backend/keycloak/opora-realm.json"),
                    root.resolve("frontend"), data.resolve("benchmark/logs"), data.resolve("benchmark/postgres"), false,
                    Ports.anyFree(), 8182, 9182, 8082, 4174, Set.of("db", "keycloak", "backend"), e2eCommand);
        }
        Path postgresData;
        try {
            postgresData = Files.createTempDirectory("opora-e2e-postgres-");
        } catch (IOException e) {
            throw new StackException("Не удалось создать временный каталог.", "Could not create a temporary directory.");
        }
        return new StackSettings(mode, root, keycloakHome, backendJar, root.resolve("backend/keycloak/opora-realm.json"),
                root.resolve("frontend"), data.resolve("logs/e2e"), postgresData, false,
                Ports.anyFree(), 8181, 9181, 8081, 4173, only, e2eCommand);
    }

    /** A system property, else an environment variable (reaches the launcher through Maven), else the default. */
    private static String setting(String property, String environmentVariable, String defaultValue) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private static Set<String> parseOnly(String value) {
        if (value.isBlank()) {
            return COMPONENTS;
        }
        Set<String> only = Arrays.stream(value.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (!COMPONENTS.containsAll(only)) {
            throw new StackException(
                    "opora.only: допустимы " + COMPONENTS + ", получено " + only,
                    "opora.only: allowed values are " + COMPONENTS + ", got " + only);
        }
        return only;
    }

    boolean runs(String component) {
        return only.contains(component);
    }

    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    String issuer() {
        return keycloakUrl() + "/realms/opora";
    }

    String backendUrl() {
        return "http://localhost:" + backendPort;
    }

    String spaUrl() {
        return "http://localhost:" + spaPort;
    }
}
