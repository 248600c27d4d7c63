package ru.opora.attention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.QueryParsing;
import ru.opora.security.Caller;

/**
 * «Требует внимания»: what waits for the caller across the product, computed at a date in one statement — reports
 * to submit (due within {@link #HORIZON_DAYS} days or overdue) and to review, overdue roadmap items, forms to fill and to
 * review, decisions and recommendations to carry out or to follow up, protocols to sign, planned visits.
 */
@ApplicationScoped
public class AttentionService {

    /** How far ahead a due date makes a report «waiting». */
    static final int HORIZON_DAYS = 30;

    private final EntityManager em;
    private final Clock clock;

    AttentionService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public AttentionView attention(Caller caller, String asOf) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate parsed = QueryParsing.date(asOf, "asOf", errors);
        QueryParsing.requireValid(errors);
        LocalDate date = parsed == null ? LocalDate.now(clock) : parsed;
        Map<String, Object> params = new HashMap<>();
        String sql = AttentionQuery.sql(caller, params);
        params.put("asOf", Date.valueOf(date));
        if (sql.contains(":soon")) {
            params.put("soon", Date.valueOf(date.plusDays(HORIZON_DAYS)));
        }
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        List<AttentionView.Item> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new AttentionView.Item(AttentionKind.valueOf((String) r[0]), (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], date(r[5]), Boolean.TRUE.equals(r[6]), ((Number) r[7]).intValue(),
                    AttentionTarget.valueOf((String) r[8]), ((Number) r[9]).longValue(),
                    r[10] == null ? null : ((Number) r[10]).longValue()));
        }
        Map<AttentionKind, int[]> counts = new EnumMap<>(AttentionKind.class);
        for (AttentionView.Item item : items) {
            int[] c = counts.computeIfAbsent(item.kind(), k -> new int[2]);
            c[0]++;
            if (item.overdue()) {
                c[1]++;
            }
        }
        List<AttentionView.KindCount> byKind = counts.entrySet().stream()
                .map(e -> new AttentionView.KindCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new AttentionView(date, items.size(), (int) items.stream().filter(AttentionView.Item::overdue).count(),
                byKind, items);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
