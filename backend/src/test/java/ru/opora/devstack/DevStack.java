package ru.opora.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the whole system locally without Docker: embedded PostgreSQL, Keycloak, the backend and the SPA.
 *
 * <ul>
 *   <li>{@code DevStack up} ({@code ./mvnw -Pdemo package}): the demo stack on the standard ports with persistent
 *       data in {@code .data/}, until Ctrl-C;</li>
 *   <li>{@code DevStack e2e} ({@code ./mvnw verify}, phase integration-test): a throwaway stack on other ports, then
 *       {@code npm run test:e2e} in {@code frontend/}; exits with the tests' exit code.</li>
 * </ul>
 *
 * Child output goes to {@code .data/logs/} ({@code .data/logs/e2e/} for e2e). See {@link StackSettings} for the
 * system properties.
 */
public final class DevStack {

    private static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

    private final StackSettings settings;
    private final EmbeddedDatabase database;
    private final KeycloakServer keycloak;
    private final BackendServer backend;
    private final SpaServer spa;
    private volatile boolean stopping;
    private boolean stopped;

    private DevStack(StackSettings settings) {
        this.settings = settings;
        this.database = new EmbeddedDatabase(settings);
        this.keycloak = new KeycloakServer(settings);
        this.backend = new BackendServer(settings);
        this.spa = new SpaServer(settings);
    }

    public static void main(String[] args) {
        // JBoss LogManager is on the test classpath and insists on being the JUL manager (else it warns on first use)
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        String mode = args.length == 1 ? args[0] : "";
        if (!mode.equals("up") && !mode.equals("e2e") && !mode.equals("bench")) {
            Console.error("Использование / usage: DevStack up|e2e|bench");
            System.exit(2);
        }
        DevStack stack = null;
        int exitCode;
        try {
            StackSettings.Mode stackMode = switch (mode) {
                case "up" -> StackSettings.Mode.UP;
                case "bench" -> StackSettings.Mode.BENCH;
                default -> StackSettings.Mode.E2E;
            };
            stack = new DevStack(StackSettings.of(stackMode));
            DevStack hooked = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(hooked::stopFromShutdownHook, "devstack-shutdown"));
            exitCode = switch (stackMode) {
                case UP -> stack.up();
                case E2E -> stack.e2e();
                case BENCH -> stack.bench();
            };
        } catch (StackException e) {
            // Ctrl-C reaches the children too; give the shutdown hook a moment to say that it is the cause
            pause();
            if (stack != null && stack.stopping) {
                exitCode = 130; // Ctrl-C while starting: the shutdown hook is already stopping everything
            } else {
                Console.error("");
                Console.error("ОШИБКА: " + e.getMessage().replace("\n", "\nERROR:  "));
                if (e.details() != null) {
                    Console.error(e.details());
                }
                exitCode = 1;
            }
        } catch (InterruptedException e) {
            exitCode = 130;
        }
        if (stack != null) {
            stack.stop();
        }
        System.exit(exitCode);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code up}: start, print the summary, block until Ctrl-C (or until a child dies). */
    private int up() throws InterruptedException {
        startStack();
        long ready = Console.elapsedSeconds();
        printSummary(ready);
        while (true) {
            Thread.sleep(1000);
            for (ChildProcess child : children()) {
                if (!stopping) {
                    child.requireAlive();
                }
            }
        }
    }

    /** {@code bench}: a fresh stack without demo data, the national data set, the measurements; see {@link NationalBenchmark}. */
    private int bench() throws InterruptedException {
        startStack();
        try {
            new NationalBenchmark(settings, database.jdbcUrl("opora"), backend.process().pid()).run();
            return 0;
        } catch (java.io.IOException | java.sql.SQLException e) {
            Console.error("Нагрузочный тест не выполнен / benchmark failed: " + e);
            return 1;
        }
    }

    /** {@code e2e}: start the throwaway stack, run the end-to-end suite, return its exit code. */
    private int e2e() throws InterruptedException {
        Path chromium = Path.of(Objects.requireNonNullElse(System.getenv("CHROMIUM_PATH"), DEFAULT_CHROMIUM.toString()));
        if (!Files.isExecutable(chromium)) {
            throw new StackException(
                    "Нет браузера " + chromium + " для end-to-end тестов. Установите Chromium из Debian: "
                            + "apt-get update && apt-get install -y chromium",
                    "No browser at " + chromium + " for the end-to-end tests. Install Debian's Chromium: "
                            + "apt-get update && apt-get install -y chromium");
        }
        startStack();
        Console.step("Стек готов, запускаю end-to-end тесты / stack ready, running: " + settings.e2eCommand()
                + "  (SPA " + settings.spaUrl() + ", API " + settings.backendUrl() + ", Keycloak " + settings.keycloakUrl()
                + ")");
        Map<String, String> env = new HashMap<>();
        env.put("E2E_BASE_URL", settings.spaUrl());
        env.put("E2E_API_URL", settings.backendUrl());
        env.put("E2E_OIDC_AUTHORITY", settings.issuer());
        env.put("CHROMIUM_PATH", chromium.toString());
        ProcessBuilder tests = new ProcessBuilder("sh", "-c", settings.e2eCommand())
                .directory(settings.frontend().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        tests.environment().putAll(env);
        Process process;
        try {
            process = tests.start();
        } catch (java.io.IOException e) {
            throw new StackException("Не удалось запустить тесты: " + e.getMessage(),
                    "Could not start the tests: " + e.getMessage());
        }
        int code = process.waitFor();
        Console.step(code == 0
                ? "End-to-end тесты прошли / end-to-end tests passed"
                : "End-to-end тесты упали (код " + code + ") / end-to-end tests FAILED (exit code " + code
                        + "); журналы стенда / stack logs: " + settings.logs());
        if (code != 0 && backend.process() != null) {
            Console.line(backend.process().tail());
        }
        return code;
    }

    private void startStack() throws InterruptedException {
        Console.step("Опора: " + switch (settings.mode()) {
            case UP -> "локальный стенд / local stack";
            case E2E -> "стенд для end-to-end тестов / end-to-end stack";
            case BENCH -> "стенд нагрузочного теста / benchmark stack";
        } + " (" + settings.root() + ")");
        boolean runDatabase = settings.runs("db") || settings.runs("keycloak") || settings.runs("backend");
        if (settings.runs("keycloak")) {
            keycloak.check();
        }
        if (settings.runs("backend")) {
            backend.check();
        }
        if (settings.runs("spa")) {
            spa.check();
        }
        if (runDatabase) {
            Ports.requireFree(settings.postgresPort(), "PostgreSQL");
        }
        if (settings.runs("keycloak")) {
            Ports.requireFree(settings.keycloakPort(), "Keycloak");
            Ports.requireFree(settings.keycloakManagementPort(), "Keycloak management");
        }
        if (settings.runs("backend")) {
            Ports.requireFree(settings.backendPort(), "backend");
        }
        if (settings.runs("spa")) {
            Ports.requireFree(settings.spaPort(), "SPA");
        }

        if (runDatabase) {
            guarded(database::start);
            Console.step("PostgreSQL готов на порту " + settings.postgresPort() + " (данные / data: "
                    + settings.postgresData() + ")");
        }
        if (settings.runs("keycloak")) {
            guarded(() -> keycloak.start(database.jdbcUrl("keycloak")));
            Console.step("Keycloak запускается / starting (первый запуск со сборкой ≈ 80 с, потом ≈ 20 с; журнал / log: "
                    + keycloak.process().log() + ")");
        }
        if (settings.runs("spa")) {
            spa.installIfNeeded();
            guarded(spa::start);
            Console.step("SPA запускается / starting (журнал / log: " + spa.process().log() + ")");
        }
        if (settings.runs("keycloak")) {
            keycloak.awaitReady();
            Console.step("Keycloak готов / ready: " + settings.keycloakUrl() + " (realm opora)");
        }
        if (settings.runs("backend")) {
            guarded(() -> backend.start(database.jdbcUrl("opora")));
            Console.step("Backend запускается / starting (журнал / log: " + backend.process().log() + ")");
            backend.awaitReady();
            Console.step("Backend готов / ready: " + settings.backendUrl());
        }
        if (settings.runs("spa")) {
            spa.awaitReady();
            Console.step("SPA готов / ready: " + settings.spaUrl());
        }
    }

    /** Starts something unless a shutdown has begun, so that nothing is left running behind the shutdown hook. */
    private synchronized void guarded(Runnable start) {
        if (stopping) {
            throw new StackException("Остановка.", "Stopping.");
        }
        start.run();
    }

    private List<ChildProcess> children() {
        List<ChildProcess> children = new ArrayList<>();
        for (ChildProcess child : new ChildProcess[] {keycloak.process(), backend.process(), spa.process()}) {
            if (child != null) {
                children.add(child);
            }
        }
        return children;
    }

    private void printSummary(long readySeconds) {
        String rule = "=".repeat(100);
        Console.line("");
        Console.line(rule);
        Console.line(" Опора запущена / Opora is running — " + (settings.runs("spa")
                ? "от старта до готовности SPA / start to SPA ready: " : "от старта до готовности / start to ready: ")
                + readySeconds + " с");
        Console.line("");
        if (settings.runs("spa")) {
            Console.line("  Приложение / app (SPA)      " + settings.spaUrl());
        }
        if (settings.runs("backend")) {
            Console.line("  API                         " + settings.backendUrl() + "/api/v1");
            Console.line("  OpenAPI                     " + settings.backendUrl() + "/q/openapi   (Swagger UI: "
                    + settings.backendUrl() + "/q/swagger-ui, если включён / if enabled)");
        }
        if (settings.runs("keycloak")) {
            Console.line("  Keycloak, консоль / admin   " + settings.keycloakUrl() + "/admin/   admin / admin");
        }
        Console.line("  PostgreSQL                  " + database.jdbcUrl("opora") + "   postgres / postgres");
        Console.line("  Журналы / logs              " + settings.logs());
        Console.line("");
        Console.line(" Демо-пользователи, пароль «demo» — только для локального демо-стенда / local demo credentials only:");
        Console.line(DemoUsers.table(settings.realmFile()));
        Console.line("");
        Console.line(" Остановить / stop: Ctrl-C");
        Console.line(rule);
    }

    private void stopFromShutdownHook() {
        stopping = true;
        synchronized (this) {
            if (stopped) {
                return;
            }
        }
        Console.useTerminalIfAny();
        stop();
    }

    /** Stops SPA, backend, Keycloak and PostgreSQL, in that order; safe to call more than once. */
    synchronized void stop() {
        stopping = true;
        if (stopped) {
            return;
        }
        stopped = true;
        boolean any = stopOne("SPA", spa.process() != null, spa::stop);
        any |= stopOne("Backend", backend.process() != null, backend::stop);
        any |= stopOne("Keycloak", keycloak.process() != null, keycloak::stop);
        any |= stopOne("PostgreSQL", database.running(), database::stop);
        if (any) {
            Console.step("Стенд остановлен / stack stopped");
        }
    }

    private static boolean stopOne(String what, boolean running, Runnable stop) {
        if (!running) {
            return false;
        }
        Console.step("Останавливаю / stopping " + what);
        try {
            stop.run();
        } catch (RuntimeException e) {
            Console.error(what + ": " + e.getMessage());
        }
        return true;
    }
}
