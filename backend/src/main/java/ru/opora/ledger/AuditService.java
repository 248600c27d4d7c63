package ru.opora.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.security.Caller;

/** Reads the audit ledger: filters, the caller's scope, pages by a cursor from the newest entry back. */
@ApplicationScoped
public class AuditService {

    /** Kinds written with SQL rather than by an audited entity. */
    static final Map<String, Area> SQL_KINDS = Map.of(
            Ledger.VALUE_KIND, Area.VALUES,
            "indicator-import", Area.VALUES,
            "indicator-target-set", Area.VALUES,
            "webhook-redelivery", Area.OTHER);
    private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() {
    };

    private final EntityManager em;
    private final OporaConfig config;

    AuditService(EntityManager em, OporaConfig config) {
        this.em = em;
        this.config = config;
    }

    /** The filters of a ledger query, as given. */
    public record Filter(String entityKind, String entityId, String municipalityId, String schoolId, String actor,
                         String actorKind, String requestId, String from, String to, String before, String size) {
    }

    /** Every kind of object the ledger holds: the audited entities of the metamodel and the kinds written with SQL. */
    public List<AuditKindView> kinds() {
        Map<String, Area> kinds = new TreeMap<>(SQL_KINDS);
        SessionFactoryImplementor factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        factory.getMappingMetamodel().forEachEntityDescriptor(persister -> {
            EntityModel model = EntityModel.of(persister);
            if (model != null) {
                kinds.put(model.kind, model.area);
            }
        });
        return kinds.entrySet().stream()
                .map(e -> new AuditKindView(e.getKey(), e.getValue().name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    public AuditPage list(Caller caller, Set<Area> areas, Filter filter) {
        LedgerScope scope = LedgerScope.of(caller, areas);
        List<FieldError> errors = new ArrayList<>();
        String kind = text(filter.entityKind(), "entityKind", 60, errors);
        if (kind != null && kinds().stream().noneMatch(k -> k.kind().equals(kind))) {
            errors.add(new FieldError("entityKind", FieldError.notOneOf(kind, kinds().stream().map(AuditKindView::kind).toList())));
        }
        String entityId = text(filter.entityId(), "entityId", 200, errors);
        Long municipality = QueryParsing.number(filter.municipalityId(), "municipalityId", 1, null, errors);
        Long school = QueryParsing.number(filter.schoolId(), "schoolId", 1, null, errors);
        String actor = text(filter.actor(), "actor", 100, errors);
        String actorKind = Texts.blankToNull(filter.actorKind());
        if (actorKind != null && !Set.of("USER", "SERVICE", "SYSTEM").contains(actorKind)) {
            errors.add(new FieldError("actorKind", FieldError.notOneOf(actorKind, List.of("USER", "SERVICE", "SYSTEM"))));
        }
        String requestId = text(filter.requestId(), "requestId", 100, errors);
        Instant from = instant(filter.from(), "from", false, errors);
        Instant to = instant(filter.to(), "to", true, errors);
        Long before = QueryParsing.number(filter.before(), "before", 1, null, errors);
        Long wanted = QueryParsing.number(filter.size(), "size", 1, null, errors);
        QueryParsing.requireValid(errors);
        int size = config.paging().size(wanted);

        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(scope.where(params));
        if (municipality != null) {
            requireVisibleMunicipality(scope, municipality);
            where.append(" and e.municipality_id = ?");
            params.add(municipality);
        }
        if (school != null) {
            requireVisibleSchool(scope, school);
            where.append(" and e.school_id = ?");
            params.add(school);
        }
        condition(where, params, "e.entity_kind = ?", kind);
        condition(where, params, "e.entity_id = ?", entityId);
        condition(where, params, "e.actor = ?", actor);
        condition(where, params, "e.actor_kind = ?", actorKind);
        condition(where, params, "e.request_id = ?", requestId);
        condition(where, params, "e.changed_at >= ?", from == null ? null : Timestamp.from(from));
        condition(where, params, "e.changed_at < ?", to == null ? null : Timestamp.from(to));
        condition(where, params, "e.position < ?", before);
        Query query = em.createNativeQuery("select " + COLUMNS + " from audit_entry e where " + where
                + " order by e.position desc limit " + (size + 1));
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<AuditEntryView> items = new ArrayList<>();
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            items.add(view(rows.get(i)));
        }
        String next = rows.size() > size ? Long.toString(items.get(items.size() - 1).position()) : null;
        return new AuditPage(items, next);
    }

    private void requireVisibleMunicipality(LedgerScope scope, long id) {
        List<?> region = em.createNativeQuery("select region_id from municipality where id = ?1").setParameter(1, id)
                .getResultList();
        boolean visible = !region.isEmpty() && (scope.municipalityId() == null
                ? ((Number) region.get(0)).longValue() == scope.regionId() : scope.municipalityId() == id);
        if (!visible) {
            throw ApiException.notFound("Муниципалитета " + id + " нет.");
        }
    }

    private void requireVisibleSchool(LedgerScope scope, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> place = em.createNativeQuery("select m.region_id, m.id from school s join municipality m"
                + " on m.id = s.municipality_id where s.id = ?1").setParameter(1, id).getResultList();
        boolean visible = !place.isEmpty() && (scope.municipalityId() == null
                ? ((Number) place.get(0)[0]).longValue() == scope.regionId()
                : ((Number) place.get(0)[1]).longValue() == scope.municipalityId());
        if (!visible) {
            throw ApiException.notFound("Школы " + id + " нет.");
        }
    }

    /** An entry from the columns position … changes (as text) in the order the ledger's queries select them. */
    public static AuditEntryView view(Object[] r) {
        List<FieldChangeView> changes = new ArrayList<>();
        try {
            for (Map<String, Object> change : LedgerJson.MAPPER.readValue((String) r[14], CHANGES)) {
                changes.add(new FieldChangeView((String) change.get("field"),
                        LedgerJson.text(LedgerJson.json(change.get("old"))), LedgerJson.text(LedgerJson.json(change.get("new")))));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new AuditEntryView(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], Operation.valueOf((String) r[8]), number(r[9]), number(r[10]),
                number(r[11]), (String) r[12], (String) r[13], changes);
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** The columns of {@link #view}, for other readers of audit_entry (the change feed). */
    public static final String COLUMNS = "e.position, e.changed_at, e.actor, e.actor_kind, e.request_id, e.reason,"
            + " e.entity_kind, e.entity_id, e.operation, e.region_id, e.municipality_id, e.school_id, e.event_type,"
            + " e.subject, cast(e.changes as text)";

    /** A timestamp column as an instant; null for none. */
    public static Instant instantOf(Object value) {
        return value == null ? null : instant(value);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.add(value);
        }
    }

    private static String text(String raw, String field, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > max) {
            errors.add(new FieldError(field, "не длиннее " + max + " символов"));
            return null;
        }
        return raw.strip();
    }

    /** An instant (2026-05-01T10:00:00Z) or a date (2026-05-01: its start, or for {@code to} its end, in Moscow time). */
    private static Instant instant(String raw, String field, boolean end, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                LocalDate date = LocalDate.parse(text);
                return (end ? date.plusDays(1) : date).atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant();
            } catch (DateTimeParseException e2) {
                errors.add(new FieldError(field, "ожидается дата ГГГГ-ММ-ДД или момент ГГГГ-ММ-ДДTчч:мм:ссZ, получено «" + raw + "»"));
                return null;
            }
        }
    }
}
