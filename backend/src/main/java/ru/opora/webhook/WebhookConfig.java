package ru.opora.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of webhook delivery, under {@code opora.webhooks.}. */
@ConfigMapping(prefix = "opora.webhooks")
public interface WebhookConfig {

    /**
     * Regular expressions, one of which a subscription's whole URL must match. By default only HTTPS; an operator
     * narrows it to the hosts of known systems, e.g. {@code https://([a-z0-9-]+\.)*edu\.example\.ru/.*}.
     */
    @WithDefault("https://.+")
    List<String> allowedUrls();

    /**
     * Host names that may resolve to loopback, private or link-local addresses (a receiver on the operator's own
     * network). Every other host that resolves to such an address is refused: the server must not become a tool for
     * reaching internal addresses.
     */
    Optional<List<String>> allowPrivateHosts();

    /** How long an endpoint has to answer, connection included. */
    @WithDefault("PT10S")
    Duration timeout();

    /** The waits before the second, third, … attempt at an event; after the last one the event is given up on. */
    @WithDefault("PT5S,PT30S,PT2M,PT10M,PT30M,PT1H,PT3H,PT6H")
    List<Duration> backoff();

    /** Events sent per subscription while it is claimed, before another subscription gets its turn. */
    @WithDefault("20")
    int batch();

    /** How often each instance looks for subscriptions with events to deliver (read by the scheduler). */
    @WithDefault("1s")
    String poll();

    /** Whether this instance delivers webhooks at all. */
    @WithDefault("true")
    boolean enabled();
}
