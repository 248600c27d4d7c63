package ru.opora.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time used by processes and their descendants, from {@code /proc}: what a request costs the backend and
 * PostgreSQL whatever else the machine runs at the time (throughput measures that too; CPU time per request does not).
 * PostgreSQL's background processes (autovacuum, checkpointer, writers) are left out: they work on their own schedule,
 * not for the requests being measured.
 */
final class ProcessCpu {

    /** Clock ticks per second of {@code /proc/[pid]/stat}; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final List<Long> roots;

    ProcessCpu(List<Long> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Whether {@code /proc} can be read here (Linux); elsewhere the CPU columns are left out. */
    static boolean available() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    /** Seconds of CPU (user and system) the roots and their descendants have used so far. */
    double seconds() {
        List<long[]> all = new ArrayList<>();
        try (var entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] stat = stat(entry.resolve("stat"));
                if (stat != null) {
                    all.add(new long[] {Long.parseLong(name), stat[0], stat[1]});
                }
            }
        } catch (IOException e) {
            return 0;
        }
        List<Long> tree = new ArrayList<>(roots);
        long ticks = 0;
        // Parents come before children in most listings; repeat until no new descendant turns up.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (long[] p : all) {
                if (!tree.contains(p[0]) && tree.contains(p[1])) {
                    tree.add(p[0]);
                    grew = true;
                }
            }
        }
        for (long[] p : all) {
            if (tree.contains(p[0]) && !background(p[0])) {
                ticks += p[2];
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static final List<String> BACKGROUND = List.of("autovacuum", "checkpointer", "background writer",
            "walwriter", "logical replication", "io worker");

    /** A PostgreSQL process that does not serve a client connection (its title says what it does). */
    private static boolean background(long pid) {
        try {
            String title = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
            return BACKGROUND.stream().anyMatch(title::contains);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The parent pid and the utime + stime of a /proc/[pid]/stat, or null if it is gone. */
    private static long[] stat(Path file) {
        try {
            String text = Files.readString(file);
            // The command name is in parentheses and may hold spaces; the fields after it are fixed.
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
