package ru.opora.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.config.OporaConfig;
import ru.opora.indicator.Indicator;

/**
 * Which schools an aggregate should rest on, and whether the ones with accepted values are enough to speak for
 * them. A period with a campaign that asks for the indicator expects the campaign's schools; a period without one
 * (history loaded by import) expects every school of the unit that has ever reported the indicator. Schools that
 * reported anyway are always counted as expected, so coverage never exceeds one.
 */
@ApplicationScoped
public class Coverage {

    private final OporaConfig config;

    Coverage(OporaConfig config) {
        this.config = config;
    }

    /** How many of the expected schools have accepted values, and whether that is enough for a trend. */
    @Schema(name = "Coverage", description = "Сколько школ из ожидаемых дали принятые значения агрегату")
    public record Share(
            @Schema(description = "Школ с принятыми значениями") long reported,
            @Schema(description = "Школ, от которых значения ожидались") long expected,
            @Schema(description = "Доля reported / expected, от 0 до 1") double ratio,
            @Schema(description = "Покрытие ниже порога региона: значение неполное, динамика и достижение цели не оцениваются")
            boolean partial) {
    }

    /** The schools expected per period: school → its municipality. */
    public static final class Expected {
        private final Map<String, Map<Long, Long>> campaigns;
        private final Map<Long, Long> everReported;
        private final double threshold;

        Expected(Map<String, Map<Long, Long>> campaigns, Map<Long, Long> everReported, double threshold) {
            this.campaigns = campaigns;
            this.everReported = everReported;
            this.threshold = threshold;
        }

        /** The coverage of a period's aggregate over the schools that pass the filter (a municipality's, say). */
        Share of(String period, Collection<SchoolValue> reported, Predicate<Long> municipality) {
            Map<Long, Long> expected = new HashMap<>(campaigns.getOrDefault(period, everReported));
            reported.forEach(v -> expected.put(v.schoolId(), v.municipalityId()));
            long count = expected.values().stream().filter(municipality::test).count();
            long values = reported.stream().filter(v -> municipality.test(v.municipalityId())).count();
            return share(values, count, threshold);
        }

        Share of(String period, Collection<SchoolValue> reported) {
            return of(period, reported, m -> true);
        }

        double threshold() {
            return threshold;
        }
    }

    static Share share(long reported, long expected, double threshold) {
        double ratio = expected == 0 ? 0 : Math.round(reported * 1000.0 / expected) / 1000.0;
        return new Share(reported, expected, ratio, reported == 0 || reported < threshold * expected);
    }

    double threshold() {
        return config.analytics().sufficientCoverage();
    }

    /**
     * The expected schools of the unit for the given periods (all periods when null); everReported is the
     * schools of the unit with an accepted value of the indicator's cut in any period, if the caller has them.
     * Read over the analysis' connection, in the snapshot of its values.
     */
    Expected expected(Connection c, Indicator indicator, int cut, AnalyticsService.Scope scope, List<String> periods,
                      Map<Long, Long> everReported) throws SQLException {
        Map<String, Map<Long, Long>> campaigns = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("select c.period, f.school_id, f.municipality_id from campaign_form f"
                + " join collection_campaign c on c.id = f.campaign_id"
                + " join campaign_indicator ci on ci.campaign_id = c.id and ci.indicator_id = ?"
                + " where c.region_id = ?"
                + unitFilter(scope, "f")
                + (periods == null ? "" : " and c.period = any (?)"))) {
            int p = bind(query, indicator, scope);
            if (periods != null) {
                query.setArray(p, c.createArrayOf("text", periods.toArray()));
            }
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    campaigns.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getLong(2), r.getLong(3));
                }
            }
        }
        Map<Long, Long> ever = everReported;
        if (ever == null) {
            ever = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("select distinct v.school_id, v.municipality_id from indicator_value v"
                    + " where v.indicator_id = ? and v.region_id = ?" + unitFilter(scope, "v")
                    + " and v.disaggregation_id = ? and v.status = 'ACCEPTED' and v.num_value is not null")) {
                int p = bind(query, indicator, scope);
                query.setInt(p, cut);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        ever.put(r.getLong(1), r.getLong(2));
                    }
                }
            }
        }
        return new Expected(campaigns, ever, threshold());
    }

    private static String unitFilter(AnalyticsService.Scope scope, String alias) {
        return switch (scope.level()) {
            case REGION -> "";
            case MUNICIPALITY -> " and " + alias + ".municipality_id = ?";
            case SCHOOL -> " and " + alias + ".school_id = ?";
        };
    }

    /** Binds the indicator, the region and the unit; returns the next parameter's position. */
    private static int bind(PreparedStatement query, Indicator indicator, AnalyticsService.Scope scope) throws SQLException {
        query.setInt(1, indicator.id);
        query.setLong(2, scope.regionId());
        if (scope.level() == AnalyticsService.Level.REGION) {
            return 3;
        }
        query.setLong(3, scope.unitId());
        return 4;
    }
}
