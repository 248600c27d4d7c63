package ru.opora.devstack;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Step-by-step output with the seconds elapsed since the launcher started: {@code [  12 s] PostgreSQL готов ...}.
 *
 * <p>While the JVM shuts down (Ctrl-C under Maven) the Maven process that pumps our standard output may already be
 * gone, so shutdown messages go to the controlling terminal when there is one.
 */
final class Console {

    private static final long STARTED = System.nanoTime();
    private static volatile PrintStream out = System.out;

    private Console() {
    }

    static long elapsedSeconds() {
        return (System.nanoTime() - STARTED) / 1_000_000_000L;
    }

    static void step(String message) {
        out.printf("[%3d s] %s%n", elapsedSeconds(), message);
        out.flush();
    }

    static void line(String message) {
        out.println(message);
        out.flush();
    }

    static void error(String message) {
        PrintStream target = out == System.out ? System.err : out;
        target.println(message);
        target.flush();
    }

    /** Switches to the controlling terminal if one exists (no-op in CI, where there is none). */
    static synchronized void useTerminalIfAny() {
        if (out != System.out) {
            return;
        }
        try {
            out = new PrintStream(new FileOutputStream("/dev/tty"), true, StandardCharsets.UTF_8);
        } catch (Exception | Error noTerminal) {
            // keep System.out
        }
    }
}
