package ru.opora.identification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.opora.indicator.Better;
import ru.opora.indicator.Dimensions;
import ru.opora.indicator.ValueType;

/**
 * The indicators a rule may name in a region — the common catalogue and the region's own, yearly and numeric —
 * with their cuts and, where there is one, the indicator counting the participants behind a value (n-size).
 * Read in two statements per use.
 */
@ApplicationScoped
public class RuleCatalogue {

    /** A cut of an indicator: its disaggregation id, key and label. */
    public record Cut(int id, String key, String label) {
    }

    /** An indicator as the rules see it. */
    public record Entry(int id, String code, String name, String groupName, ValueType valueType, String unit, Better better,
                        BigDecimal minValue, BigDecimal maxValue, boolean yearly, boolean archived, List<Cut> cuts,
                        Integer participantsId, String participantsCode, String participantsName) {

        /** Whether a rule may name it: yearly, numeric, not archived. */
        public boolean usable() {
            return yearly && valueType.numeric() && !archived;
        }

        public boolean disaggregated() {
            return !(cuts.size() == 1 && cuts.get(0).key().isEmpty());
        }

        public Optional<Cut> cut(String key) {
            return cuts.stream().filter(c -> c.key().equals(key)).findFirst();
        }
    }

    /** The catalogue of one region, by indicator id. */
    public record Catalogue(Map<Integer, Entry> byId) {

        public Optional<Entry> get(Integer id) {
            return Optional.ofNullable(id == null ? null : byId.get(id));
        }

        public List<Entry> usable() {
            return byId.values().stream().filter(Entry::usable).toList();
        }
    }

    private final EntityManager em;

    RuleCatalogue(EntityManager em) {
        this.em = em;
    }

    public Catalogue of(long regionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, i.code, i.name, g.name as group_name, i.value_type, i.unit, i.better, i.min_value, i.max_value,
                       i.periodicity, i.archived, i.participants_id, p.code as p_code, p.name as p_name
                from indicator i join indicator_group g on g.code = i.group_code
                left join indicator p on p.id = i.participants_id
                where i.region_id is null or i.region_id = :region
                order by g.position, i.code""").setParameter("region", regionId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> cutRows = em.createNativeQuery("""
                select x.indicator_id, d.id, d.key from indicator_disaggregation x join disaggregation d on d.id = x.disaggregation_id
                join indicator i on i.id = x.indicator_id where i.region_id is null or i.region_id = :region
                order by x.indicator_id, x.position""").setParameter("region", regionId).getResultList();
        Dimensions dimensions = Dimensions.load(em);
        Map<Integer, List<Cut>> cuts = new LinkedHashMap<>();
        for (Object[] r : cutRows) {
            String key = (String) r[2];
            cuts.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>())
                    .add(new Cut(((Number) r[1]).intValue(), key, key.isEmpty() ? "школа в целом" : dimensions.label(Dimensions.parts(key))));
        }
        Map<Integer, Entry> byId = new LinkedHashMap<>();
        for (Object[] r : rows) {
            int id = ((Number) r[0]).intValue();
            byId.put(id, new Entry(id, (String) r[1], (String) r[2], (String) r[3], ValueType.valueOf((String) r[4]),
                    (String) r[5], Better.valueOf((String) r[6]), (BigDecimal) r[7], (BigDecimal) r[8],
                    "YEAR".equals(r[9]), Boolean.TRUE.equals(r[10]), List.copyOf(cuts.getOrDefault(id, List.of())),
                    r[11] == null ? null : ((Number) r[11]).intValue(), (String) r[12], (String) r[13]));
        }
        return new Catalogue(byId);
    }
}
