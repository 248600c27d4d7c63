package ru.opora.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A child process whose output goes to a log file; stopped together with all its descendants. */
final class ChildProcess {

    static final int TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} in {@code directory} with extra {@code environment}, output into {@code log}. */
    static ChildProcess start(String name, List<String> command, Path directory, Map<String, String> environment,
            Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new StackException(
                    "Не удалось запустить " + name + ": " + String.join(" ", command) + " — " + e.getMessage(),
                    "Could not start " + name + ": " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the process to end and returns its exit code. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stop(Duration.ofSeconds(5));
            throw new StackException(
                    name + " не завершился за " + timeout.toSeconds() + " с.",
                    name + " did not finish within " + timeout.toSeconds() + " s.",
                    tail());
        }
        return process.exitValue();
    }

    /** Throws if the process has ended (used while waiting for it to become ready and while the stack runs). */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new StackException(
                    name + " неожиданно завершился (код " + process.exitValue() + "). Журнал: " + log,
                    name + " exited unexpectedly (exit code " + process.exitValue() + "). Log: " + log,
                    tail());
        }
    }

    /** The last lines of the log, framed for printing. */
    String tail() {
        return tail(log, TAIL_LINES);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return "----- последние строки / last lines of " + file + " -----\n"
                    + String.join("\n", last) + "\n-----";
        } catch (IOException | java.io.UncheckedIOException e) {
            try {
                // not valid UTF-8: fall back to a lenient decoding
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                List<String> all = text.lines().collect(Collectors.toList());
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException unreadable) {
                return "(журнал недоступен / log not readable: " + file + ")";
            }
        }
    }

    /** SIGTERM to the process and all its descendants, wait up to {@code grace}, then SIGKILL what is left. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().collect(Collectors.toList()));
        tree.add(0, process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (Exception stillRunning) {
                    // forced below
                }
            }
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                Console.step("  " + name + ": процесс " + handle.pid() + " не завершился, принудительно / killing");
                handle.destroyForcibly();
            }
        }
    }
}
