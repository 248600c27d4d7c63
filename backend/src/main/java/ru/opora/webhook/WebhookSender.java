package ru.opora.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts one signed event to a subscription's URL: checks the URL ({@link UrlGuard}) and connects to the very address
 * it checked (the host name is still sent as Host and for TLS), follows no redirect, waits at most the configured
 * timeout and reads the answer's status only.
 */
@ApplicationScoped
public class WebhookSender {

    /** How an attempt ended: a 2xx answer, or the status and the error. */
    public record Outcome(boolean delivered, Integer status, String error, int durationMs) {
    }

    private final UrlGuard guard;
    private final WebhookConfig config;
    private final HttpClient client;

    WebhookSender(UrlGuard guard, WebhookConfig config, Vertx vertx) {
        this.guard = guard;
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setForceSni(true)
                .setConnectTimeout((int) config.timeout().toMillis()).setMaxPoolSize(8));
    }

    public Outcome send(String url, String id, String body, String secret) {
        long started = System.nanoTime();
        UrlGuard.Target target;
        try {
            target = guard.check(url);
        } catch (UrlGuard.Refused e) {
            return new Outcome(false, null, "адрес отклонён: " + e.getMessage(), 0);
        }
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(target.host())
                .setPort(target.port()).setSsl(target.https()).setURI(target.pathAndQuery())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setFollowRedirects(false).setTimeout(config.timeout().toMillis())
                .putHeader("content-type", "application/cloudevents+json; charset=utf-8")
                .putHeader("user-agent", "Opora-Webhooks/1.0")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body));
        try {
            int status = client.request(options)
                    .compose(request -> request.send(Buffer.buffer(body)))
                    .compose(response -> {
                        response.handler(ignored -> { });
                        return response.end().map(done -> response.statusCode());
                    })
                    .toCompletionStage().toCompletableFuture()
                    .get(config.timeout().toMillis() + 2000, TimeUnit.MILLISECONDS);
            int ms = (int) ((System.nanoTime() - started) / 1_000_000);
            return status >= 200 && status < 300 ? new Outcome(true, status, null, ms)
                    : new Outcome(false, status, "получатель ответил " + status, ms);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(false, null, describe(cause), (int) ((System.nanoTime() - started) / 1_000_000));
        } catch (TimeoutException e) {
            return new Outcome(false, null, "нет ответа за " + config.timeout().toSeconds() + " с",
                    (int) ((System.nanoTime() - started) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "доставка прервана", 0);
        }
    }

    private String describe(Throwable cause) {
        String name = cause.getClass().getSimpleName();
        if (name.contains("Timeout") || String.valueOf(cause.getMessage()).contains("timeout")) {
            return "нет ответа за " + config.timeout().toMillis() + " мс";
        }
        String message = cause.getMessage() == null ? name : name + ": " + cause.getMessage();
        return message.length() > 400 ? message.substring(0, 400) : message;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
