package ru.opora.devstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads at framework speed: {@code wrk} at 16 connections against API reads and, interleaved with them in one run,
 * against the benchmark-only reference endpoint (same token check, a fixed small JSON), so that whatever else the
 * machine does hits both alike. A target's ratio is its requests per second over the reference's in the runs next to
 * its own.
 */
final class ReadsBenchmark {

    /** One read to measure: what it is, its path and query, and the share of the reference it must reach. */
    record Target(String name, String path, double minRatio) {
    }

    /** One wrk run, with the CPU the backend and PostgreSQL spent per request (NaN where it cannot be read). */
    record Run(double requestsPerSecond, double p50Millis, double p99Millis, long non2xx, double cpuMillisPerRequest) {
    }

    /** A target's runs and the reference runs that preceded each of them. */
    record Result(Target target, List<Run> runs, List<Run> references) {

        double ratio() {
            return runs.stream().mapToDouble(Run::requestsPerSecond).sum()
                    / references.stream().mapToDouble(Run::requestsPerSecond).sum();
        }

        double requestsPerSecond() {
            return runs.stream().mapToDouble(Run::requestsPerSecond).average().orElse(0);
        }

        double referenceRequestsPerSecond() {
            return references.stream().mapToDouble(Run::requestsPerSecond).average().orElse(0);
        }

        /** The median run's p50. */
        double p50() {
            double[] values = runs.stream().mapToDouble(Run::p50Millis).sorted().toArray();
            return values[values.length / 2];
        }

        /** The worst run's p99. */
        double p99() {
            return runs.stream().mapToDouble(Run::p99Millis).max().orElse(0);
        }

        /** CPU per request of the target's runs and of the reference runs next to them. */
        double cpuMillis() {
            return runs.stream().mapToDouble(Run::cpuMillisPerRequest).average().orElse(Double.NaN);
        }

        double referenceCpuMillis() {
            return references.stream().mapToDouble(Run::cpuMillisPerRequest).average().orElse(Double.NaN);
        }

        /** The reference's CPU per request over the target's: the throughput ratio on a machine doing nothing else. */
        double cpuRatio() {
            return referenceCpuMillis() / cpuMillis();
        }

        boolean met() {
            return ratio() >= target.minRatio() && p99() <= 50 && runs.stream().allMatch(r -> r.non2xx() == 0);
        }
    }

    static final String REFERENCE = "/api/v1/benchmark-reference";
    private static final int CONNECTIONS = 16;
    private static final int THREADS = 2;
    private static final int MAX_WARM_UP_ROUNDS = 8;

    private final String baseUrl;
    private final String token;
    private final ProcessCpu cpu;
    private final int seconds;
    private final int rounds;

    ReadsBenchmark(String baseUrl, String token, int seconds, int rounds, ProcessCpu cpu) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.cpu = cpu;
        this.seconds = seconds;
        this.rounds = rounds;
    }

    List<Result> measure(List<Target> targets) throws IOException, InterruptedException {
        warmUp(targets);
        List<Result> results = new ArrayList<>();
        for (Target target : targets) {
            results.add(new Result(target, new ArrayList<>(), new ArrayList<>()));
        }
        for (int round = 0; round < rounds; round++) {
            for (Result result : results) {
                result.references().add(wrk(REFERENCE, seconds));
                result.runs().add(wrk(result.target().path(), seconds));
                Console.step(String.format(Locale.ROOT, "  %s: %.0f/с против %.0f/с эталона / vs the reference;"
                                + " CPU %.3f мс против %.3f мс / ms vs", result.target().name(),
                        last(result.runs()).requestsPerSecond(), last(result.references()).requestsPerSecond(),
                        last(result.runs()).cpuMillisPerRequest(), last(result.references()).cpuMillisPerRequest()));
            }
        }
        return results;
    }

    /**
     * Every endpoint in turn until each is compiled: a JIT on a busy machine can take minutes, and a path measured
     * before it is compiled counts the compiler's work against it. Rounds go on until no endpoint's throughput rose by
     * more than a tenth since the previous round, for at most {@link #MAX_WARM_UP_ROUNDS}.
     */
    private void warmUp(List<Target> targets) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>();
        paths.add(REFERENCE);
        targets.forEach(t -> paths.add(t.path()));
        double[] previous = new double[paths.size()];
        for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
            boolean steady = round > 1;
            for (int i = 0; i < paths.size(); i++) {
                double rps = wrk(paths.get(i), seconds).requestsPerSecond();
                steady &= rps <= previous[i] * 1.1;
                previous[i] = rps;
            }
            Console.step(String.format(Locale.ROOT, "  прогрев / warm-up %d: %s", round, java.util.Arrays.toString(
                    java.util.Arrays.stream(previous).mapToLong(Math::round).toArray())));
            if (steady) {
                return;
            }
        }
    }

    private static Run last(List<Run> runs) {
        return runs.get(runs.size() - 1);
    }

    private Run wrk(String path, int duration) throws IOException, InterruptedException {
        double cpuBefore = cpu == null ? Double.NaN : cpu.seconds();
        Process process = new ProcessBuilder("wrk", "-c" + CONNECTIONS, "-t" + THREADS, "-d" + duration + "s", "--latency",
                "-H", "Authorization: Bearer " + token, baseUrl + path).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(duration + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("wrk " + path + " failed: " + out);
        }
        Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        Matcher p50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)").matcher(out);
        Matcher p99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)").matcher(out);
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)").matcher(out);
        Matcher requests = Pattern.compile("([0-9]+) requests in").matcher(out);
        double cpuSeconds = cpu == null ? Double.NaN : cpu.seconds() - cpuBefore;
        if (!rps.find() || !p50.find() || !p99.find() || !requests.find()) {
            throw new IOException("unexpected wrk output for " + path + ": " + out);
        }
        long bad = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        if (bad > 0) {
            throw new IOException(path + " answered " + bad + " non-2xx responses under wrk: " + out);
        }
        return new Run(Double.parseDouble(rps.group(1)), millis(p50), millis(p99), bad,
                cpuSeconds * 1000 / Math.max(1, Long.parseLong(requests.group(1))));
    }

    private static double millis(Matcher m) {
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
