package ru.opora.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.QueryParsing;
import ru.opora.ledger.Area;
import ru.opora.ledger.AuditService;
import ru.opora.ledger.LedgerScope;
import ru.opora.security.Caller;

/**
 * The change feed: the ledger's entries after a cursor, oldest first, within the caller's scope, as CloudEvents. The
 * cursor is an entry's position. Positions are taken in commit order (see V40__audit_ledger.sql), so an entry that
 * commits later always has a higher position than every entry already readable: a consumer that goes on from the last
 * position it saw never misses one, and may start again from any position it kept.
 */
@ApplicationScoped
public class FeedService {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final Pattern TYPE = Pattern.compile("[a-z0-9.\\-]{1,120}\\*?");

    private final EntityManager em;

    FeedService(EntityManager em) {
        this.em = em;
    }

    /** A parsed request of the feed. */
    public record Request(long after, int limit, List<String> types) {
    }

    public Request parse(String after, String limit, String types) {
        List<FieldError> errors = new ArrayList<>();
        Long cursor = QueryParsing.number(after, "after", 0, null, errors);
        Long size = QueryParsing.number(limit, "limit", 1, (long) MAX_LIMIT, errors);
        List<String> typeList = types(types, errors);
        QueryParsing.requireValid(errors);
        return new Request(cursor == null ? 0 : cursor, size == null ? DEFAULT_LIMIT : size.intValue(), typeList);
    }

    /** Event types, exact or as a prefix ending with *, separated by commas. */
    public static List<String> types(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (String type : raw.split(",")) {
            String t = type.strip();
            if (!TYPE.matcher(t).matches() || types.size() >= 50) {
                errors.add(new FieldError("types", "тип события — вида ru.opora.school.updated или ru.opora.indicator-value.*"
                        + " (до 50 через запятую), получено «" + t + "»"));
                return List.of();
            }
            types.add(t);
        }
        return types;
    }

    public ChangePage read(Caller caller, Set<Area> areas, Request request) {
        LedgerScope scope = LedgerScope.of(caller, areas);
        List<ChangeEvent> events = new ArrayList<>();
        List<Object[]> rows = rows(scope, request.after(), request.limit() + 1, request.types());
        for (int i = 0; i < Math.min(request.limit(), rows.size()); i++) {
            events.add(ChangeEvent.of(AuditService.view(rows.get(i))));
        }
        String next = events.isEmpty() ? Long.toString(request.after()) : events.get(events.size() - 1).id();
        return new ChangePage(events, next, rows.size() > request.limit());
    }

    /** Entries after the position within the scope, in order, at most {@code limit} (see {@link FeedQuery}). */
    public List<Object[]> rows(LedgerScope scope, long after, int limit, List<String> types) {
        FeedQuery feedQuery = FeedQuery.of(scope, after, limit, types);
        Query query = em.createNativeQuery(feedQuery.sql());
        for (int i = 0; i < feedQuery.params().size(); i++) {
            query.setParameter(i + 1, feedQuery.params().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
