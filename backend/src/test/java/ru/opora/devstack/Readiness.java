package ru.opora.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Polls HTTP endpoints until they answer 200, watching the child that should serve them. */
final class Readiness {

    /**
     * HTTP/1.1 only: the default HTTP/2 upgrade attempt ({@code Upgrade: h2c}) is taken by the Vite dev server for a
     * WebSocket upgrade and left hanging.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Readiness() {
    }

    /**
     * Waits until one of {@code urls} answers 200. Fails when {@code child} exits (with the tail of its log) or when
     * {@code timeout} passes.
     */
    static void await(String what, ChildProcess child, Duration timeout, String... urls) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            child.requireAlive();
            for (String url : urls) {
                if (answers200(url)) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(
                        what + " не стал готов за " + timeout.toSeconds() + " с (" + urls[0] + "). Журнал: " + child.log(),
                        what + " did not become ready within " + timeout.toSeconds() + " s (" + urls[0] + "). Log: "
                                + child.log(),
                        child.tail());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** Same URLs on IPv4 and IPv6 loopback (a dev server may listen on only one of them). */
    static String[] loopback(int port, String path) {
        return List.of("http://localhost:" + port + path, "http://127.0.0.1:" + port + path,
                "http://[::1]:" + port + path).toArray(new String[0]);
    }

    static boolean answers200(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            CompletableFuture<HttpResponse<Void>> response =
                    HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            try {
                return response.get(10, TimeUnit.SECONDS).statusCode() == 200;
            } catch (ExecutionException | TimeoutException e) {
                response.cancel(true);
                return false;
            }
        } catch (IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Прервано.", "Interrupted.");
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Прервано.", "Interrupted.");
        }
    }
}
