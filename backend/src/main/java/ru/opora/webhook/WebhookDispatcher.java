package ru.opora.webhook;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import ru.opora.feed.ChangeEvent;
import ru.opora.feed.FeedQuery;
import ru.opora.ledger.AuditService;
import ru.opora.ledger.LedgerScope;

/**
 * Delivers webhooks from the ledger, on every instance. A subscription is claimed by locking its cursor row with
 * FOR UPDATE SKIP LOCKED, so one instance at a time works on it; its queued redeliveries are sent first, then the
 * events after its cursor, in order. A delivered event moves the cursor in the same transaction; a failed one is
 * logged, waits per the backoff and is tried again before anything after it (in order per subscription), and after
 * the last attempt it is given up on (GAVE_UP, can be redelivered) and the cursor passes it. An instance that dies
 * mid-way commits nothing: another one sends the same events again (at least once, with the same webhook-id).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final TypeReference<List<String>> TYPES = new TypeReference<>() {
    };
    /** Subscriptions taken per run of the scheduler on this instance. */
    private static final int CLAIMS_PER_RUN = 20;

    private final AgroalDataSource dataSource;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final ObjectMapper json;

    WebhookDispatcher(AgroalDataSource dataSource, WebhookSender sender, WebhookConfig config, ObjectMapper json) {
        this.dataSource = dataSource;
        this.sender = sender;
        this.config = config;
        this.json = json;
    }

    @Scheduled(every = "${opora.webhooks.poll:1s}", delayed = "${opora.webhooks.poll:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (!config.enabled()) {
            return;
        }
        try {
            for (int i = 0; i < CLAIMS_PER_RUN && dispatchOne(); i++) {
                // each claim serves one subscription
            }
        } catch (Exception e) {
            LOG.warnf(e, "Webhook delivery stopped for this run");
        }
    }

    private record Claimed(long id, long lastPosition, int attempts, long regionId, Long municipalityId, String url,
                           List<String> types, String secret) {
    }

    /** Serves one due subscription; false when none was due. */
    boolean dispatchOne() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Claimed s = claim(c);
                if (s == null) {
                    c.commit();
                    return false;
                }
                redeliveries(c, s);
                feed(c, s);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private Claimed claim(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select w.subscription_id, w.last_position, w.attempts, s.region_id,"
                + " s.municipality_id, s.url, cast(s.event_types as text), s.secret from webhook_cursor w"
                + " join webhook_subscription s on s.id = w.subscription_id"
                + " where s.active and w.next_attempt_at <= clock_timestamp()"
                + " order by w.next_attempt_at, w.subscription_id limit 1 for update of w skip locked");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            try {
                return new Claimed(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), (Long) rs.getObject(5),
                        rs.getString(6), json.readValue(rs.getString(7), TYPES), rs.getString(8));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void redeliveries(Connection c, Claimed s) throws SQLException {
        List<long[]> queued = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select id, position from webhook_delivery where subscription_id = ?"
                + " and status = 'QUEUED' order by id limit ?")) {
            q.setLong(1, s.id());
            q.setInt(2, config.batch());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    queued.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        for (long[] delivery : queued) {
            ChangeEvent event = event(c, delivery[1]);
            WebhookSender.Outcome outcome = event == null
                    ? new WebhookSender.Outcome(false, null, "события больше нет в журнале", 0)
                    : sender.send(s.url(), event.id(), body(event), s.secret());
            try (PreparedStatement u = c.prepareStatement("update webhook_delivery set status = ?, response_status = ?, error = ?,"
                    + " duration_ms = ?, attempted_at = clock_timestamp() where id = ?")) {
                u.setString(1, outcome.delivered() ? "SUCCEEDED" : "FAILED");
                u.setObject(2, outcome.status());
                u.setString(3, outcome.error());
                u.setInt(4, outcome.durationMs());
                u.setLong(5, delivery[0]);
                u.executeUpdate();
            }
        }
    }

    private void feed(Connection c, Claimed s) throws SQLException {
        LedgerScope scope = new LedgerScope(s.regionId(), s.municipalityId(), LedgerScope.allAreas());
        FeedQuery query = FeedQuery.of(scope, s.lastPosition(), config.batch(), s.types());
        List<ChangeEvent> events = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(query.sql())) {
            for (int i = 0; i < query.params().size(); i++) {
                q.setObject(i + 1, query.params().get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(ChangeEvent.of(AuditService.view(row(rs))));
                }
            }
        }
        int attempts = s.attempts();
        for (ChangeEvent event : events) {
            WebhookSender.Outcome outcome = sender.send(s.url(), event.id(), body(event), s.secret());
            long position = Long.parseLong(event.id());
            int attempt = attempts + 1;
            boolean last = attempt > config.backoff().size();
            String status = outcome.delivered() ? "SUCCEEDED" : last ? "GAVE_UP" : "FAILED";
            log(c, s.id(), position, event.type(), attempt, status, outcome);
            if (outcome.delivered() || last) {
                cursor(c, s.id(), position, 0, 0, outcome.delivered() ? null : outcome.error());
                attempts = 0;
            } else {
                cursor(c, s.id(), s.lastPosition(), attempt, config.backoff().get(attempt - 1).toMillis(), outcome.error());
                return;
            }
        }
        if (events.isEmpty()) {
            // Nothing to send: to the back of the queue, so that the other subscriptions get their turn.
            cursor(c, s.id(), s.lastPosition(), attempts, 0, null);
        }
    }

    private static void log(Connection c, long subscription, long position, String type, int attempt, String status,
                            WebhookSender.Outcome outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into webhook_delivery (subscription_id, position, event_type, attempt,"
                + " trigger, status, response_status, error, duration_ms, attempted_at)"
                + " values (?, ?, ?, ?, 'FEED', ?, ?, ?, ?, clock_timestamp())")) {
            s.setLong(1, subscription);
            s.setLong(2, position);
            s.setString(3, type);
            s.setInt(4, attempt);
            s.setString(5, status);
            s.setObject(6, outcome.status());
            s.setString(7, outcome.error());
            s.setInt(8, outcome.durationMs());
            s.executeUpdate();
        }
    }

    private static void cursor(Connection c, long subscription, long position, int attempts, long waitMillis, String error)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update webhook_cursor set last_position = greatest(last_position, ?),"
                + " attempts = ?, next_attempt_at = clock_timestamp() + ? * interval '1 millisecond', last_error = ?"
                + " where subscription_id = ?")) {
            s.setLong(1, position);
            s.setInt(2, attempts);
            s.setLong(3, waitMillis);
            s.setString(4, error);
            s.setLong(5, subscription);
            s.executeUpdate();
        }
    }

    private static ChangeEvent event(Connection c, long position) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select " + AuditService.COLUMNS + " from audit_entry e where e.position = ?")) {
            q.setLong(1, position);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? ChangeEvent.of(AuditService.view(row(rs))) : null;
            }
        }
    }

    private static Object[] row(ResultSet rs) throws SQLException {
        Object[] row = new Object[15];
        for (int i = 0; i < row.length; i++) {
            row[i] = rs.getObject(i + 1);
        }
        return row;
    }

    private String body(ChangeEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
