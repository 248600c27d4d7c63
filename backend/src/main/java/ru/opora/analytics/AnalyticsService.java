package ru.opora.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.persistence.ReplicaReads;
import ru.opora.common.web.QueryParsing;
import ru.opora.indicator.Better;
import ru.opora.indicator.CatalogueService;
import ru.opora.indicator.CollectionPeriod;
import ru.opora.indicator.Dimensions;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.ValueType;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.school.School;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Analysis straight from the accepted values: no analytics tables to rebuild, so a value accepted a moment ago
 * is in the next answer. The values table is keyed (indicator, region, cut, period, school) for exactly these reads.
 * The values, the expected schools and the targets are read in one snapshot from the analytics datasource (a
 * streaming replica when one is configured; the answer reports its lag); the indicator, its cuts and the caller's
 * unit — what decides whether the caller may ask at all — and the names of rows come from the primary.
 */
@ApplicationScoped
public class AnalyticsService {

    public enum Level { REGION, MUNICIPALITY, SCHOOL }

    private final EntityManager em;
    private final CatalogueService catalogue;
    private final Clock clock;
    private final Coverage coverage;
    private final ReplicaReads replica;

    AnalyticsService(EntityManager em, CatalogueService catalogue, Clock clock, Coverage coverage, ReplicaReads replica) {
        this.em = em;
        this.catalogue = catalogue;
        this.clock = clock;
        this.coverage = coverage;
        this.replica = replica;
    }

    @Transactional
    public DynamicsView dynamics(Caller caller, int indicatorId, String levelParam, String unitParam, String cut) {
        Indicator indicator = catalogue.visible(caller, indicatorId);
        List<FieldError> errors = new ArrayList<>();
        Level level = QueryParsing.option(levelParam, "level", Level.class, errors);
        Long unit = QueryParsing.number(unitParam, "unitId", 1, null, errors);
        QueryParsing.requireValid(errors);
        level = level == null ? Level.REGION : level;
        Scope scope = scope(caller, level, unit);
        Cut chosen = cut(indicator, cut);
        Aggregation method = Aggregation.of(indicator);
        ReplicaReads.Read<Data> read = replica.read(c -> {
            List<SchoolValue> values = values(c, indicator, chosen.id, scope, null);
            Map<Long, Long> everReported = new HashMap<>();
            values.forEach(v -> everReported.put(v.schoolId(), v.municipalityId()));
            return new Data(values, coverage.expected(c, indicator, chosen.id, scope, null, everReported),
                    targets(c, indicator, scope.regionId));
        });
        Map<String, List<SchoolValue>> byPeriod = new TreeMap<>();
        for (SchoolValue value : read.value().values()) {
            byPeriod.computeIfAbsent(value.period(), k -> new ArrayList<>()).add(value);
        }
        Coverage.Expected expected = read.value().expected();
        Map<Integer, BigDecimal> targets = read.value().targets();
        List<DynamicsView.Point> points = new ArrayList<>();
        DynamicsView.Point previous = null;
        String defaultPeriod = null;
        for (Map.Entry<String, List<SchoolValue>> entry : byPeriod.entrySet()) {
            String period = entry.getKey();
            BigDecimal aggregate = Aggregates.of(method, entry.getValue());
            Coverage.Share share = expected.of(period, entry.getValue());
            CollectionPeriod parsed = CollectionPeriod.parse(period);
            BigDecimal target = targets.get(parsed.year());
            BigDecimal change = share.partial() || previous == null || previous.coverage().partial()
                    ? null : change(aggregate, previous.value());
            DynamicsView.Point point = new DynamicsView.Point(period, parsed.label(), aggregate, entry.getValue().size(), share,
                    target, share.partial() ? null : attained(indicator.better, aggregate, target), change,
                    change == null ? null : improved(indicator.better, aggregate, previous.value()));
            points.add(point);
            previous = point;
            if (!share.partial()) {
                defaultPeriod = period;
            }
        }
        if (defaultPeriod == null && !points.isEmpty()) {
            defaultPeriod = points.get(points.size() - 1).period();
        }
        return new DynamicsView(indicator.id, indicator.code, indicator.name, unit(indicator, method), indicator.better,
                method, level.name(), scope.unitId, scope.name, chosen.key, chosen.label, points, expected.threshold(),
                defaultPeriod, Instant.now(clock), read.replicaLagSeconds());
    }

    @Transactional
    public BreakdownView breakdown(Caller caller, int indicatorId, String periodParam, String municipalityParam, String cut) {
        Indicator indicator = catalogue.visible(caller, indicatorId);
        List<FieldError> errors = new ArrayList<>();
        CollectionPeriod period = CollectionPeriod.parse(periodParam);
        if (period == null) {
            errors.add(new FieldError("period", "ожидается год (2025), полугодие (2025-H1) или квартал (2025-Q3)"));
        }
        Long municipalityId = QueryParsing.number(municipalityParam, "municipalityId", 1, null, errors);
        QueryParsing.requireValid(errors);
        Level level = municipalityId == null ? Level.REGION : Level.MUNICIPALITY;
        if (level == Level.MUNICIPALITY && caller.role() == Role.SCHOOL) {
            throw ApiException.forbidden("Значения других школ школе недоступны; смотрите динамику своей школы.");
        }
        Scope scope = scope(caller, level, municipalityId == null ? caller.regionId() : municipalityId);
        Cut chosen = cut(indicator, cut);
        Aggregation method = Aggregation.of(indicator);
        CollectionPeriod previous = period.previous();
        List<String> periods = List.of(period.code(), previous.code());
        ReplicaReads.Read<Data> read = replica.read(c -> new Data(values(c, indicator, chosen.id, scope, periods),
                coverage.expected(c, indicator, chosen.id, scope, periods, null), targets(c, indicator, scope.regionId)));
        List<SchoolValue> all = read.value().values();
        Map<Long, SchoolValue> now = new LinkedHashMap<>();
        Map<Long, SchoolValue> before = new HashMap<>();
        for (SchoolValue value : all) {
            (value.period().equals(period.code()) ? now : before).put(value.schoolId(), value);
        }
        BigDecimal target = read.value().targets().get(period.year());
        Coverage.Expected expected = read.value().expected();
        long attained = now.values().stream()
                .filter(v -> Boolean.TRUE.equals(attained(indicator.better, schoolScale(indicator, v.value()), target))).count();
        long comparable = now.keySet().stream().filter(before::containsKey).count();
        long improved = now.values().stream().filter(v -> before.containsKey(v.schoolId())
                && Boolean.TRUE.equals(improved(indicator.better, v.value(), before.get(v.schoolId()).value()))).count();
        List<BreakdownView.Row> rows = level == Level.REGION
                ? municipalityRows(indicator, method, scope.regionId, now, before, target, expected, period.code(), previous.code())
                : schoolRows(indicator, now, before, target);
        BigDecimal value = Aggregates.of(method, now.values());
        BigDecimal previousValue = Aggregates.of(method, before.values());
        Coverage.Share share = expected.of(period.code(), now.values());
        Coverage.Share previousShare = expected.of(previous.code(), before.values());
        BigDecimal change = share.partial() || previousShare.partial() ? null : change(value, previousValue);
        return new BreakdownView(indicator.id, indicator.code, indicator.name, unit(indicator, method), indicator.better, method,
                period.code(), period.label(), previous.code(), level.name(), scope.unitId, scope.name, chosen.key,
                value, previousValue, change, change == null ? null : improved(indicator.better, value, previousValue),
                share, previousShare, target, share.partial() ? null : attained(indicator.better, value, target), now.size(),
                target == null || indicator.better == Better.NONE ? null : attained,
                indicator.better == Better.NONE ? null : improved, comparable,
                distribution(indicator, method, now.values()), rows, read.replicaLagSeconds());
    }

    // --- rows

    private List<BreakdownView.Row> municipalityRows(Indicator indicator, Aggregation method, long regionId,
                                                     Map<Long, SchoolValue> now, Map<Long, SchoolValue> before,
                                                     BigDecimal target, Coverage.Expected expected, String period,
                                                     String previousPeriod) {
        Map<Long, List<SchoolValue>> nowBy = now.values().stream().collect(Collectors.groupingBy(SchoolValue::municipalityId));
        Map<Long, List<SchoolValue>> beforeBy = before.values().stream().collect(Collectors.groupingBy(SchoolValue::municipalityId));
        List<Municipality> municipalities = Municipality.list("region.id = ?1 order by name", regionId);
        List<BreakdownView.Row> rows = new ArrayList<>();
        for (Municipality m : municipalities) {
            List<SchoolValue> values = nowBy.getOrDefault(m.id, List.of());
            List<SchoolValue> earlier = beforeBy.getOrDefault(m.id, List.of());
            BigDecimal value = Aggregates.of(method, values);
            BigDecimal previous = Aggregates.of(method, earlier);
            long municipality = m.id;
            Coverage.Share share = expected.of(period, values, id -> id == municipality);
            boolean comparable = !share.partial() && !expected.of(previousPeriod, earlier, id -> id == municipality).partial();
            BigDecimal change = comparable ? change(value, previous) : null;
            rows.add(new BreakdownView.Row("MUNICIPALITY", m.id, m.name, value, previous, change, values.size(), share,
                    change == null ? null : improved(indicator.better, value, previous),
                    share.partial() ? null : attained(indicator.better, value, target)));
        }
        return rows;
    }

    private List<BreakdownView.Row> schoolRows(Indicator indicator, Map<Long, SchoolValue> now, Map<Long, SchoolValue> before,
                                               BigDecimal target) {
        List<BreakdownView.Row> rows = new ArrayList<>();
        if (now.isEmpty() && before.isEmpty()) {
            return rows;
        }
        List<Long> ids = new ArrayList<>(now.keySet());
        before.keySet().stream().filter(id -> !now.containsKey(id)).forEach(ids::add);
        List<School> schools = School.list("id in ?1 order by shortName", ids);
        for (School school : schools) {
            BigDecimal value = now.containsKey(school.id) ? now.get(school.id).value() : null;
            BigDecimal previous = before.containsKey(school.id) ? before.get(school.id).value() : null;
            // A school's own value is the whole of it: reported or not, there is nothing partial about it.
            rows.add(new BreakdownView.Row("SCHOOL", school.id, school.shortName, CatalogueService.strip(value),
                    CatalogueService.strip(previous), change(value, previous), value == null ? 0 : 1,
                    Coverage.share(value == null ? 0 : 1, 1, 0), improved(indicator.better, value, previous),
                    attained(indicator.better, schoolScale(indicator, value), target)));
        }
        return rows;
    }

    private static List<BreakdownView.Bin> distribution(Indicator indicator, Aggregation method, java.util.Collection<SchoolValue> values) {
        List<BreakdownView.Bin> bins = new ArrayList<>();
        if (indicator.valueType == ValueType.TEXT) {
            return bins;
        }
        if (indicator.valueType == ValueType.BOOLEAN) {
            long yes = values.stream().filter(v -> v.value().signum() != 0).count();
            bins.add(new BreakdownView.Bin("да", BigDecimal.ONE, BigDecimal.ONE, yes));
            bins.add(new BreakdownView.Bin("нет", BigDecimal.ZERO, BigDecimal.ZERO, values.size() - yes));
            return bins;
        }
        BigDecimal low;
        BigDecimal high;
        if (method.percentScale(indicator.valueType)) {
            low = BigDecimal.ZERO;
            high = BigDecimal.valueOf(100);
        } else {
            if (values.isEmpty()) {
                return bins;
            }
            low = values.stream().map(SchoolValue::value).min(BigDecimal::compareTo).orElseThrow();
            high = values.stream().map(SchoolValue::value).max(BigDecimal::compareTo).orElseThrow();
            if (low.compareTo(high) == 0) {
                bins.add(new BreakdownView.Bin(CatalogueService.plain(low), low, high, values.size()));
                return bins;
            }
        }
        BigDecimal step = high.subtract(low).divide(BigDecimal.TEN, java.math.MathContext.DECIMAL64);
        for (int i = 0; i < 10; i++) {
            BigDecimal from = low.add(step.multiply(BigDecimal.valueOf(i)));
            BigDecimal to = i == 9 ? high : low.add(step.multiply(BigDecimal.valueOf(i + 1)));
            boolean last = i == 9;
            long count = values.stream().filter(v -> v.value().compareTo(from) >= 0
                    && (last ? v.value().compareTo(to) <= 0 : v.value().compareTo(to) < 0)).count();
            bins.add(new BreakdownView.Bin(CatalogueService.plain(round(from)) + "–" + CatalogueService.plain(round(to)),
                    CatalogueService.strip(round(from)), CatalogueService.strip(round(to)), count));
        }
        return bins;
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * A school's value on the scale of the target: a yes/no answer (1 or 0) counts as 100 or 0 % of «да», the scale
     * of a yes/no indicator's target (the share of schools answering «да»).
     */
    private static BigDecimal schoolScale(Indicator indicator, BigDecimal value) {
        return value == null || indicator.valueType != ValueType.BOOLEAN ? value : value.multiply(BigDecimal.valueOf(100));
    }

    static Boolean attained(Better better, BigDecimal value, BigDecimal target) {
        if (value == null || target == null) {
            return null;
        }
        return switch (better) {
            case HIGHER -> value.compareTo(target) >= 0;
            case LOWER -> value.compareTo(target) <= 0;
            case NONE -> null;
        };
    }

    /**
     * The one verdict on a change, the SPA only shows it: better (true), worse (false), or none (null) when either
     * value is missing, the indicator has no direction, or nothing changed — an unchanged value is not an improvement.
     */
    static Boolean improved(Better better, BigDecimal value, BigDecimal previous) {
        if (value == null || previous == null || value.compareTo(previous) == 0) {
            return null;
        }
        return switch (better) {
            case HIGHER -> value.compareTo(previous) > 0;
            case LOWER -> value.compareTo(previous) < 0;
            case NONE -> null;
        };
    }

    private static BigDecimal change(BigDecimal value, BigDecimal previous) {
        return value == null || previous == null ? null : CatalogueService.strip(value.subtract(previous));
    }

    private static String unit(Indicator indicator, Aggregation method) {
        return method == Aggregation.SHARE_OF_SCHOOLS ? "% школ" : indicator.unit;
    }

    // --- reading

    record Scope(Level level, long regionId, long unitId, String name) {
    }

    private record Cut(int id, String key, String label) {
    }

    /** The unit of analysis if the caller may see it; «not found» otherwise. */
    private Scope scope(Caller caller, Level level, Long unitId) {
        switch (level) {
            case REGION -> {
                long id = unitId == null ? caller.regionId() : unitId;
                if (id != caller.regionId()) {
                    throw ApiException.notFound("Регион " + id + " не найден.");
                }
                Region region = Region.findById(id);
                return new Scope(level, id, id, region.name);
            }
            case MUNICIPALITY -> {
                Municipality municipality = unitId == null ? null : Municipality.findById(unitId);
                if (municipality == null || !caller.sees(municipality)) {
                    throw ApiException.notFound("Муниципалитет " + unitId + " не найден.");
                }
                return new Scope(level, municipality.region.id, municipality.id, municipality.name);
            }
            default -> {
                School school = unitId == null ? null : School.findById(unitId);
                if (school == null || !caller.sees(school)) {
                    throw ApiException.notFound("Школа " + unitId + " не найдена.");
                }
                return new Scope(level, school.municipality.region.id, school.id, school.shortName);
            }
        }
    }

    /** The cut to analyse: the given key, or the whole school, or for a disaggregated indicator its first cut. */
    private Cut cut(Indicator indicator, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> cuts = em.createNativeQuery("select d.id, d.key from indicator_disaggregation x join disaggregation d"
                + " on d.id = x.disaggregation_id where x.indicator_id = ?1 order by x.position").setParameter(1, indicator.id)
                .getResultList();
        Dimensions dimensions = Dimensions.load(em);
        String wanted = key == null ? null : key.strip();
        for (Object[] cut : cuts) {
            if (wanted == null || wanted.equals(cut[1])) {
                String cutKey = (String) cut[1];
                return new Cut(((Number) cut[0]).intValue(), cutKey, dimensions.label(Dimensions.parts(cutKey)));
            }
        }
        throw ApiException.badRequest(List.of(new FieldError("disaggregation", "у показателя " + indicator.code
                + " нет разреза «" + wanted + "»; есть: " + cuts.stream().map(c -> (String) c[1]).collect(Collectors.joining(", ")))));
    }

    /** What an answer reads from the analytics datasource, in one snapshot. */
    private record Data(List<SchoolValue> values, Coverage.Expected expected, Map<Integer, BigDecimal> targets) {
    }

    private static List<SchoolValue> values(Connection c, Indicator indicator, int cut, Scope scope, List<String> periods)
            throws SQLException {
        String sql = "select v.school_id, v.municipality_id, v.period, v.num_value, s.students_count, "
                + (indicator.computed() ? "dv.num_value" : "null::numeric") + " from indicator_value v join school s on s.id = v.school_id"
                + (indicator.computed()
                        ? " left join indicator_value dv on dv.indicator_id = ? and dv.region_id = v.region_id"
                        + " and dv.disaggregation_id = v.disaggregation_id and dv.period = v.period and dv.school_id = v.school_id"
                        : "")
                + " where v.indicator_id = ? and v.region_id = ? and v.disaggregation_id = ?"
                + " and v.status = 'ACCEPTED' and v.num_value is not null"
                + (scope.level == Level.MUNICIPALITY ? " and v.municipality_id = ?" : "")
                + (scope.level == Level.SCHOOL ? " and v.school_id = ?" : "")
                + (periods == null ? "" : " and v.period = any (?)");
        List<SchoolValue> values = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            int p = 1;
            if (indicator.computed()) {
                query.setInt(p++, indicator.denominator.id);
            }
            query.setInt(p++, indicator.id);
            query.setLong(p++, scope.regionId);
            query.setInt(p++, cut);
            if (scope.level != Level.REGION) {
                query.setLong(p++, scope.unitId);
            }
            if (periods != null) {
                query.setArray(p, c.createArrayOf("text", periods.toArray()));
            }
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    values.add(new SchoolValue(r.getLong(1), r.getLong(2), r.getString(3), r.getBigDecimal(4), r.getInt(5),
                            r.getBigDecimal(6)));
                }
            }
        }
        return values;
    }

    private static Map<Integer, BigDecimal> targets(Connection c, Indicator indicator, long regionId) throws SQLException {
        Map<Integer, BigDecimal> targets = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement(
                "select year, value from indicator_target where indicator_id = ? and region_id = ?")) {
            query.setInt(1, indicator.id);
            query.setLong(2, regionId);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    targets.put(r.getInt(1), CatalogueService.strip(r.getBigDecimal(2)));
                }
            }
        }
        return targets;
    }

}
