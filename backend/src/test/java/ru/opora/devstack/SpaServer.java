package ru.opora.devstack;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The SPA: the Vite dev server in {@code up} mode, {@code vite preview} of the built {@code frontend/dist} in
 * {@code e2e} mode.
 */
final class SpaServer {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final StackSettings settings;
    private ChildProcess process;

    SpaServer(StackSettings settings) {
        this.settings = settings;
    }

    void check() {
        if (!Files.isRegularFile(settings.frontend().resolve("package.json"))) {
            throw new StackException("Нет frontend/package.json в " + settings.frontend(),
                    "frontend/package.json not found in " + settings.frontend());
        }
        if (settings.mode() == StackSettings.Mode.E2E
                && !Files.isRegularFile(settings.frontend().resolve("dist/index.html"))) {
            throw new StackException(
                    "Нет собранного SPA (frontend/dist/index.html). Его собирает модуль frontend: запустите ./mvnw verify "
                            + "из корня репозитория (не только -pl backend).",
                    "The SPA is not built (frontend/dist/index.html). The frontend module builds it: run ./mvnw verify "
                            + "from the repository root (not just -pl backend).");
        }
    }

    /** Runs {@code npm ci} when {@code frontend/node_modules} is missing. */
    void installIfNeeded() throws InterruptedException {
        if (Files.isDirectory(settings.frontend().resolve("node_modules"))) {
            return;
        }
        Console.step("frontend/node_modules нет — выполняю npm ci / running npm ci");
        ChildProcess npmCi = ChildProcess.start("npm ci", List.of("npm", "ci", "--no-audit", "--no-fund"),
                settings.frontend(), Map.of(), settings.logs().resolve("npm-ci.log"));
        int code = npmCi.waitFor(Duration.ofMinutes(10));
        if (code != 0) {
            throw new StackException("npm ci завершился с кодом " + code, "npm ci failed with exit code " + code,
                    npmCi.tail());
        }
    }

    void start() {
        String port = String.valueOf(settings.spaPort());
        List<String> command = settings.mode() == StackSettings.Mode.UP
                ? List.of("npm", "run", "dev", "--", "--port", port, "--strictPort")
                : List.of("npm", "run", "preview", "--", "--port", port, "--strictPort");
        Map<String, String> env = Map.of(
                "OPORA_API_URL", settings.backendUrl(),
                "OPORA_OIDC_AUTHORITY", settings.issuer(),
                "OPORA_OIDC_CLIENT_ID", "opora-spa",
                "BROWSER", "none");
        process = ChildProcess.start("SPA", command, settings.frontend(), env, settings.logs().resolve("spa.log"));
    }

    void awaitReady() {
        Readiness.await("SPA", process, READY_TIMEOUT, Readiness.loopback(settings.spaPort(), "/"));
    }

    ChildProcess process() {
        return process;
    }

    void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(10));
            process = null;
        }
    }
}
