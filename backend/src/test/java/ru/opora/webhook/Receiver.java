package ru.opora.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver for tests, on localhost: records every request (headers, body) and answers from a script — a
 * status, or a delay longer than the sender's timeout — then 204 once the script is done. Public for the scale-out test
 * of the dev stack ({@code ru.opora.devstack.ScaleOutIT}).
 */
public final class Receiver implements AutoCloseable {

    public record Received(Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey() != null && h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** A scripted answer: a status, or a delay (then 200). */
    record Answer(int status, Duration delay) {
        static Answer status(int status) {
            return new Answer(status, Duration.ZERO);
        }

        static Answer slow(Duration delay) {
            return new Answer(200, delay);
        }
    }

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger always = new AtomicInteger(0);

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            Answer answer = script.poll();
            if (answer == null) {
                answer = Answer.status(always.get() == 0 ? 204 : always.get());
            }
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
    }

    public String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    Receiver then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** Answers this status to everything not scripted. */
    Receiver always(int status) {
        always.set(status);
        return this;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits until at least n requests came; returns them. */
    public List<Received> await(int n, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (received.size() < n && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
