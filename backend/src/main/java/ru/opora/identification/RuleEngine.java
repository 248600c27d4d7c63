package ru.opora.identification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import ru.opora.school.SchoolCategory;

/**
 * Runs the statements of {@link RuleSql} on the request's own connection (inside its transaction), binding the
 * arrays of regions, schools, cuts and years as SQL arrays, and reads the schools of a scope with their place on
 * the lists. Nothing is precomputed: every run reads the accepted values as they are now.
 */
@ApplicationScoped
public class RuleEngine {

    /** The schools to evaluate: of these regions, optionally only these schools. */
    public record Scope(List<Long> regionIds, List<Long> schoolIds) {

        public static Scope region(long regionId) {
            return new Scope(List.of(regionId), null);
        }

        Integer[] regions() {
            return regionIds.stream().map(Long::intValue).toArray(Integer[]::new);
        }

        Integer[] schools() {
            return schoolIds == null ? null : schoolIds.stream().map(Long::intValue).toArray(Integer[]::new);
        }
    }

    /** A year of a rule's window for a school: values found, values that count (n-size), and counted ones meeting it. */
    public record YearStats(int total, int counted, int met) {
        static final YearStats NONE = new YearStats(0, 0, 0);
    }

    /** A value that met a rule's comparison. */
    public record MetValue(int year, int cutId, BigDecimal value, BigDecimal participants) {
    }

    /** A school of the scope: where it is and whether it holds the category in the year before and in the list's year. */
    public record ScopeSchool(long id, String code, String name, long municipalityId, String municipalityName,
                              boolean onPreviousList, Long assignmentThisYear) {
    }

    private final EntityManager em;

    RuleEngine(EntityManager em) {
        this.em = em;
    }

    /** The schools of the scope, ordered by municipality and name. */
    public List<ScopeSchool> schools(Scope scope, int year, SchoolCategory category) {
        String sql = "select s.id, s.code, s.short_name, s.municipality_id, m.name,"
                + " exists (select 1 from school_category_assignment a where a.school_id = s.id and a.year = ? and a.category = ?"
                + " and a.revoked_at is null) as on_previous,"
                + " (select a.id from school_category_assignment a where a.school_id = s.id and a.year = ? and a.category = ?"
                + " and a.revoked_at is null) as assignment"
                + " from school s join municipality m on m.id = s.municipality_id where m.region_id = any(?)"
                + (scope.schoolIds() == null ? "" : " and s.id = any(?)") + " order by m.name, s.short_name, s.id";
        List<Object> params = new ArrayList<>(List.of(year - 1, category.name(), year, category.name(),
                scope.regionIds().toArray(Long[]::new)));
        if (scope.schoolIds() != null) {
            params.add(scope.schoolIds().toArray(Long[]::new));
        }
        return query(new RuleSql.Statement(sql, params), rs -> new ScopeSchool(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getString(5), rs.getBoolean(6), (Long) rs.getObject(7)));
    }

    /** Per school, per year of the window: the counts of {@link YearStats}. */
    public Map<Long, Map<Integer, YearStats>> stats(Condition condition, int listYear, Scope scope) {
        Map<Long, Map<Integer, YearStats>> bySchool = new HashMap<>();
        for (Object[] row : query(RuleSql.stats(condition, listYear, scope.regions(), scope.schools()),
                rs -> new Object[] {rs.getLong(1), rs.getInt(2), new YearStats(rs.getInt(3), rs.getInt(4), rs.getInt(5))})) {
            bySchool.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Integer) row[1], (YearStats) row[2]);
        }
        return bySchool;
    }

    /** The values of these schools that met the condition, by school. */
    public Map<Long, List<MetValue>> evidence(Condition condition, int listYear, Scope scope, List<Long> schoolIds) {
        Map<Long, List<MetValue>> bySchool = new LinkedHashMap<>();
        if (schoolIds.isEmpty()) {
            return bySchool;
        }
        Integer[] schools = schoolIds.stream().map(Long::intValue).toArray(Integer[]::new);
        for (Object[] row : query(RuleSql.evidence(condition, listYear, scope.regions(), schools),
                rs -> new Object[] {rs.getLong(1), new MetValue(rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5))})) {
            bySchool.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((MetValue) row[1]);
        }
        return bySchool;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(RuleSql.Statement statement, RowReader<T> reader) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
                bind(connection, ps, statement.params());
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                }
                return rows;
            }
        });
    }

    private static void bind(Connection connection, PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            int at = i + 1;
            if (p instanceof Integer[] ints) {
                ps.setArray(at, array(connection, "integer", ints));
            } else if (p instanceof Long[] longs) {
                ps.setArray(at, array(connection, "bigint", longs));
            } else if (p instanceof String[] texts) {
                ps.setArray(at, array(connection, "text", texts));
            } else if (p instanceof Integer n) {
                ps.setInt(at, n);
            } else if (p instanceof Long n) {
                ps.setLong(at, n);
            } else if (p instanceof BigDecimal d) {
                ps.setBigDecimal(at, d);
            } else if (p instanceof String s) {
                ps.setString(at, s);
            } else {
                throw new IllegalArgumentException("unsupported parameter " + p.getClass());
            }
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
