package ru.opora.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.feed.FeedService;
import ru.opora.ledger.Area;
import ru.opora.ledger.FieldChange;
import ru.opora.ledger.Ledger;
import ru.opora.ledger.Operation;
import ru.opora.ledger.Owner;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * An organisation's webhook subscriptions: a ministry manages its region's own, a municipality its own; nobody sees
 * another organisation's (404). A new subscription receives the events that commit after it is made.
 */
@ApplicationScoped
public class WebhookService {

    private final EntityManager em;
    private final UrlGuard guard;
    private final OporaConfig config;
    private final Ledger ledger;

    WebhookService(EntityManager em, UrlGuard guard, OporaConfig config, Ledger ledger) {
        this.em = em;
        this.guard = guard;
        this.config = config;
        this.ledger = ledger;
    }

    @Transactional
    public WebhookPage list(Caller caller, String page, String size) {
        requireOrganisation(caller);
        List<FieldError> errors = new ArrayList<>();
        PageRequest request = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        String owner = caller.role() == Role.MINISTRY ? "s.region.id = ?1 and s.municipality is null" : "s.municipality.id = ?1";
        long organisation = caller.role() == Role.MINISTRY ? caller.regionId() : caller.municipalityId();
        List<WebhookSubscription> found = em.createQuery("select s from WebhookSubscription s where " + owner + " order by s.id",
                        WebhookSubscription.class).setParameter(1, organisation)
                .setFirstResult((int) request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(s) from WebhookSubscription s where " + owner, Long.class)
                .setParameter(1, organisation).getSingleResult();
        return new WebhookPage(found.stream().map(this::view).toList(), total, request.number(), request.size());
    }

    @Transactional
    public WebhookView get(Caller caller, long id) {
        return view(own(caller, id));
    }

    @Transactional
    public WebhookView create(Caller caller, WebhookInput input) {
        requireOrganisation(caller);
        validate(input);
        WebhookSubscription s = new WebhookSubscription();
        s.region = em.getReference(Region.class, caller.regionId());
        s.municipality = caller.role() == Role.MUNICIPALITY ? em.getReference(Municipality.class, caller.municipalityId()) : null;
        s.secret = WebhookSignature.newSecret();
        s.createdBy = caller.username();
        apply(s, input, caller);
        em.persist(s);
        em.flush();
        // From the feed's end as committed now: entries in flight commit above it, so none is missed.
        em.createNativeQuery("insert into webhook_cursor (subscription_id, last_position) select ?1, last_position"
                + " from change_feed_counter").setParameter(1, s.id).executeUpdate();
        return view(s);
    }

    @Transactional
    public WebhookView update(Caller caller, long id, WebhookInput input) {
        WebhookSubscription s = own(caller, id);
        Versions.require(input.version(), s.version, "version", "подписки");
        validate(input);
        apply(s, input, caller);
        em.flush();
        return view(s);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        em.remove(own(caller, id));
    }

    @Transactional
    public DeliveryPage deliveries(Caller caller, long id, String page, String size) {
        WebhookSubscription s = own(caller, id);
        List<FieldError> errors = new ArrayList<>();
        PageRequest request = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + DELIVERY_COLUMNS + " from webhook_delivery where subscription_id = ?1"
                        + " order by id desc offset ?2 limit ?3").setParameter(1, s.id).setParameter(2, request.offset())
                .setParameter(3, request.size()).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from webhook_delivery where subscription_id = ?1")
                .setParameter(1, s.id).getSingleResult()).longValue();
        return new DeliveryPage(rows.stream().map(WebhookService::delivery).toList(), total, request.number(), request.size());
    }

    /** Queues the event of a logged delivery to be sent again, with the same webhook-id. */
    @Transactional
    public DeliveryView redeliver(Caller caller, long id, long deliveryId) {
        WebhookSubscription s = own(caller, id);
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select position, event_type from webhook_delivery where id = ?1 and subscription_id = ?2")
                .setParameter(1, deliveryId).setParameter(2, s.id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("У подписки " + id + " нет доставки " + deliveryId + ".");
        }
        if (!s.active) {
            throw ApiException.conflict("Подписка выключена: включите её, чтобы доставить событие снова.");
        }
        Object[] delivery = found.get(0);
        Object[] queued = (Object[]) em.createNativeQuery("insert into webhook_delivery (subscription_id, position, event_type, attempt,"
                        + " trigger, status, requested_by) values (?1, ?2, ?3, 1, 'REDELIVERY', 'QUEUED', ?4) returning " + DELIVERY_COLUMNS)
                .setParameter(1, s.id).setParameter(2, delivery[0]).setParameter(3, delivery[1]).setParameter(4, caller.username())
                .getSingleResult();
        DeliveryView view = delivery(queued);
        ledger.record(REDELIVERY_KIND, Long.toString(view.id()), Area.OTHER, Operation.CREATE,
                s.municipality != null ? Owner.municipality(s.municipality.id) : Owner.region(s.region.id),
                List.of(new FieldChange("subscription", null, Ledger.json(s.id)),
                        new FieldChange("position", null, Ledger.json(view.position()))), null);
        return view;
    }

    /** The ledger's kind of a redelivery someone asked for. */
    public static final String REDELIVERY_KIND = "webhook-redelivery";

    static final String DELIVERY_COLUMNS = "id, position, event_type, attempt, trigger, status, response_status, error, duration_ms,"
            + " requested_by, created_at, attempted_at";

    static DeliveryView delivery(Object[] r) {
        return new DeliveryView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).intValue(),
                (String) r[4], (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7],
                r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9], ru.opora.ledger.AuditService.instantOf(r[10]),
                ru.opora.ledger.AuditService.instantOf(r[11]));
    }

    private void validate(WebhookInput input) {
        List<FieldError> errors = new ArrayList<>();
        try {
            guard.checkSaved(input.url().strip());
        } catch (UrlGuard.Refused e) {
            errors.add(new FieldError("url", e.getMessage()));
        }
        List<FieldError> typeErrors = new ArrayList<>();
        FeedService.types(String.join(",", input.eventTypes()), typeErrors);
        typeErrors.forEach(e -> errors.add(new FieldError("eventTypes", e.message())));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void apply(WebhookSubscription s, WebhookInput input, Caller caller) {
        s.url = input.url().strip();
        s.eventTypes = new ArrayList<>(input.eventTypes().stream().map(String::strip).distinct().toList());
        s.description = Texts.blankToNull(input.description());
        s.active = input.active();
        s.updatedBy = caller.username();
    }

    private static void requireOrganisation(Caller caller) {
        if (caller.role() != Role.MINISTRY && caller.role() != Role.MUNICIPALITY) {
            throw ApiException.forbidden("Подписки на изменения ведут министерство и муниципалитеты.");
        }
    }

    /**
     * The caller's organisation's subscription; any other is reported as absent, also to a school, which owns none: an
     * object outside the caller's scope is 404 before any 403.
     */
    private WebhookSubscription own(Caller caller, long id) {
        WebhookSubscription s = em.find(WebhookSubscription.class, id);
        boolean owned = s != null && (caller.role() == Role.MINISTRY
                ? s.municipality == null && s.region.id == caller.regionId()
                : caller.role() == Role.MUNICIPALITY && s.municipality != null
                        && s.municipality.id.equals(caller.municipalityId()));
        if (!owned) {
            throw ApiException.notFound("Подписки " + id + " нет.");
        }
        return s;
    }

    private WebhookView view(WebhookSubscription s) {
        @SuppressWarnings("unchecked")
        List<Object[]> cursor = em.createNativeQuery("select last_position, attempts, next_attempt_at, last_error from webhook_cursor"
                + " where subscription_id = ?1").setParameter(1, s.id).getResultList();
        Object[] c = cursor.isEmpty() ? new Object[] {0L, 0, null, null} : cursor.get(0);
        int attempts = ((Number) c[1]).intValue();
        EnumSet<WebhookPermission> allowed = EnumSet.of(WebhookPermission.EDIT, WebhookPermission.DELETE);
        if (s.active) {
            allowed.add(WebhookPermission.REDELIVER);
        }
        return new WebhookView(s.id, s.url, List.copyOf(s.eventTypes), s.description, s.active, s.secret,
                ((Number) c[0]).longValue(), attempts, attempts == 0 ? null : ru.opora.ledger.AuditService.instantOf(c[2]),
                (String) c[3], s.version, s.createdAt, s.createdBy, List.copyOf(allowed));
    }
}
