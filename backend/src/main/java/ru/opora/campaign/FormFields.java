package ru.opora.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.indicator.Dimensions;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.IndicatorGroup;
import ru.opora.indicator.value.StoredValue;

/** The fields of a campaign's form: which indicators, in which cuts, in which order. */
@ApplicationScoped
public class FormFields {

    /** One field of a form: an indicator in one disaggregation. */
    public record Field(Indicator indicator, IndicatorGroup group, int disaggregationId, String key, String label) {
        StoredValue.Key valueKey() {
            return new StoredValue.Key(indicator.id, disaggregationId);
        }

        String name() {
            return "fields[" + indicator.code + (key.isEmpty() ? "" : ":" + key) + "]";
        }

        /** " (label)" for a cut, nothing for the indicator as a whole: for messages. */
        String labelSuffix() {
            return label.isEmpty() ? "" : " (" + label + ")";
        }
    }

    private final EntityManager em;

    FormFields(EntityManager em) {
        this.em = em;
    }

    /** The form's fields: the campaign's indicators and the counts their shares are computed from. */
    public Map<StoredValue.Key, Field> of(Campaign campaign) {
        Map<Integer, Integer> positions = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> order = em.createNativeQuery("select indicator_id, position from campaign_indicator where campaign_id = ?1")
                .setParameter(1, campaign.id).getResultList();
        order.forEach(r -> positions.put(((Number) r[0]).intValue(), ((Number) r[1]).intValue() * 10));
        List<Indicator> chosen = positions.isEmpty() ? List.of()
                : Indicator.list("select i from Indicator i join fetch i.group where i.id in ?1", positions.keySet());
        // The counts a share is computed from stand right before it, in its group.
        Map<Integer, Indicator> all = new LinkedHashMap<>();
        Map<Integer, IndicatorGroup> shownIn = new HashMap<>();
        chosen.forEach(indicator -> {
            all.put(indicator.id, indicator);
            shownIn.put(indicator.id, indicator.group);
        });
        for (Indicator indicator : chosen) {
            if (indicator.computed()) {
                int at = positions.get(indicator.id);
                for (Indicator part : List.of(indicator.numerator, indicator.denominator)) {
                    all.putIfAbsent(part.id, part);
                    shownIn.putIfAbsent(part.id, indicator.group);
                    positions.merge(part.id, at - 5, Math::min);
                }
            }
        }
        List<Indicator> ordered = all.values().stream()
                .sorted(Comparator.<Indicator>comparingInt(i -> shownIn.get(i.id).position).thenComparingInt(i -> positions.get(i.id)))
                .toList();
        Dimensions dimensions = Dimensions.load(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select x.indicator_id, d.id, d.key from indicator_disaggregation x"
                        + " join disaggregation d on d.id = x.disaggregation_id where x.indicator_id in (:ids) order by x.position")
                .setParameter("ids", all.keySet()).getResultList();
        Map<Integer, List<Object[]>> byIndicator = new HashMap<>();
        rows.forEach(r -> byIndicator.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>()).add(r));
        Map<StoredValue.Key, Field> fields = new LinkedHashMap<>();
        for (Indicator indicator : ordered) {
            for (Object[] r : byIndicator.getOrDefault(indicator.id, List.of())) {
                String key = (String) r[2];
                Field field = new Field(indicator, shownIn.get(indicator.id), ((Number) r[1]).intValue(), key,
                        dimensions.label(Dimensions.parts(key)));
                fields.put(field.valueKey(), field);
            }
        }
        return fields;
    }

    static Set<Integer> indicatorIds(Map<StoredValue.Key, Field> fields) {
        Set<Integer> ids = new HashSet<>();
        fields.keySet().forEach(k -> ids.add(k.indicatorId()));
        return ids;
    }

    static Map<Integer, Map<String, Integer>> disaggregationIds(Map<StoredValue.Key, Field> fields) {
        Map<Integer, Map<String, Integer>> keys = new HashMap<>();
        fields.values().forEach(f -> keys.computeIfAbsent(f.indicator().id, k -> new HashMap<>()).put(f.key(), f.disaggregationId()));
        return keys;
    }
}
