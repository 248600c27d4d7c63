package ru.opora.indicator;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reference dimensions (subject, grade) with their values, read once per use: names for labels and
 * the canonical key of a combination, «GRADE=4;SUBJECT=MATH».
 */
public final class Dimensions {

    private final Map<String, DimensionView> byCode;

    private Dimensions(Map<String, DimensionView> byCode) {
        this.byCode = byCode;
    }

    @SuppressWarnings("unchecked")
    public static Dimensions load(EntityManager em) {
        List<Object[]> rows = em.createNativeQuery("select d.code, d.name, v.code as value_code, v.name as value_name"
                + " from indicator_dimension d join indicator_dimension_value v on v.dimension_code = d.code"
                + " order by d.position, v.position").getResultList();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<DimensionView.Value>> values = new LinkedHashMap<>();
        for (Object[] row : rows) {
            names.put((String) row[0], (String) row[1]);
            values.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new DimensionView.Value((String) row[2], (String) row[3]));
        }
        Map<String, DimensionView> byCode = new LinkedHashMap<>();
        names.forEach((code, name) -> byCode.put(code, new DimensionView(code, name, values.get(code))));
        return new Dimensions(byCode);
    }

    public List<DimensionView> all() {
        return List.copyOf(byCode.values());
    }

    public boolean has(String dimension) {
        return byCode.containsKey(dimension);
    }

    public boolean has(String dimension, String value) {
        DimensionView view = byCode.get(dimension);
        return view != null && view.values().stream().anyMatch(v -> v.code().equals(value));
    }

    /** «Математика, 4 класс» in the order of the dimensions; empty for the whole school. */
    public String label(Map<String, String> parts) {
        return byCode.values().stream().filter(d -> parts.containsKey(d.code()))
                .map(d -> d.values().stream().filter(v -> v.code().equals(parts.get(d.code()))).findFirst()
                        .map(DimensionView.Value::name).orElse(parts.get(d.code())))
                .collect(Collectors.joining(", "));
    }

    /** The canonical key: dimension codes in alphabetical order, «GRADE=4;SUBJECT=MATH». */
    public static String key(Map<String, String> parts) {
        return parts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    public static Map<String, String> parts(String key) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (key != null && !key.isEmpty()) {
            for (String part : key.split(";")) {
                int eq = part.indexOf('=');
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return parts;
    }
}
