package ru.opora.indicator.exchange;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shares a file's rows touch, paired from their numerators and denominators while the rows stream. A file of new
 * values usually brings both parts of every share it touches (a school's staff and its trained teachers); the shares
 * are then checked and written from memory, instead of reading every part back from the table it has just been
 * written to. When some part is not in the file, {@link #complete()} says so and the caller takes the parts from the
 * table, for the schools and periods {@link #schoolsByPeriod()} names.
 */
final class FileShares {

    private record Key(int shareId, int disaggregationId, String period, int schoolId) {
    }

    private static final class Parts {
        private final int municipalityId;
        /** In ten-thousandths, as {@link ImportCatalogue.Resolved#units()}; null while the file has not given it. */
        private Long numerator;
        private Long denominator;

        private Parts(int municipalityId) {
            this.municipalityId = municipalityId;
        }
    }

    private final ImportCatalogue catalogue;
    private final Map<Key, Parts> shares = new HashMap<>();

    FileShares(ImportCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Notes an accepted row that is the numerator or the denominator of some share; a part with no number leaves its shares incomplete. */
    void add(ImportCatalogue.Resolved row) {
        List<ImportCatalogue.SharePart> partOf = catalogue.sharesOf(row.indicator());
        if (partOf.isEmpty()) {
            return;
        }
        Long value = row.num() == null ? null : row.units();
        for (ImportCatalogue.SharePart part : partOf) {
            Parts parts = shares.computeIfAbsent(new Key(part.shareId(), row.disaggregationId(), row.period(), row.school().id()),
                    key -> new Parts(row.school().municipalityId()));
            if (part.numerator()) {
                parts.numerator = value;
            } else {
                parts.denominator = value;
            }
        }
    }

    /** The schools whose shares the file touches, by period: those to check and compute again from the table. */
    Map<String, Set<Integer>> schoolsByPeriod() {
        Map<String, Set<Integer>> schools = new HashMap<>();
        shares.keySet().forEach(key -> schools.computeIfAbsent(key.period(), period -> new HashSet<>()).add(key.schoolId()));
        return schools;
    }

    /** Every share the file touches has both of its parts in the file. */
    boolean complete() {
        return shares.values().stream().allMatch(parts -> parts.numerator != null && parts.denominator != null);
    }

    /** No numerator above its denominator; only meaningful when {@link #complete()}. */
    boolean fit() {
        return shares.values().stream().noneMatch(parts -> parts.numerator > parts.denominator);
    }

    /** Writes the shares whose denominator is above zero, as the recomputation would; returns how many. */
    int insert(Connection c, long regionId, String user) throws SQLException {
        List<Integer> shareIds = new ArrayList<>();
        List<Integer> cuts = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        List<Integer> schools = new ArrayList<>();
        List<Integer> municipalities = new ArrayList<>();
        List<BigDecimal> numerators = new ArrayList<>();
        List<BigDecimal> denominators = new ArrayList<>();
        shares.forEach((key, parts) -> {
            if (parts.denominator > 0) {
                shareIds.add(key.shareId());
                cuts.add(key.disaggregationId());
                periods.add(key.period());
                schools.add(key.schoolId());
                municipalities.add(parts.municipalityId);
                numerators.add(BigDecimal.valueOf(parts.numerator, 4));
                denominators.add(BigDecimal.valueOf(parts.denominator, 4));
            }
        });
        if (shareIds.isEmpty()) {
            return 0;
        }
        try (PreparedStatement s = c.prepareStatement("insert into indicator_value (indicator_id, region_id, disaggregation_id,"
                + " period, school_id, municipality_id, year, num_value, status, origin, created_by, updated_by)"
                + " select p.share_id, ?, p.cut, p.period, p.school, p.municipality, substr(p.period, 1, 4)::smallint,"
                + " share_percent(p.numerator, p.denominator), 'ACCEPTED', 'COMPUTED', ?, ?"
                + " from unnest(cast(? as integer[]), cast(? as integer[]), cast(? as text[]), cast(? as integer[]),"
                + " cast(? as integer[]), cast(? as numeric[]), cast(? as numeric[]))"
                + " as p(share_id, cut, period, school, municipality, numerator, denominator)")) {
            s.setLong(1, regionId);
            s.setString(2, user);
            s.setString(3, user);
            s.setArray(4, c.createArrayOf("integer", shareIds.toArray()));
            s.setArray(5, c.createArrayOf("integer", cuts.toArray()));
            s.setArray(6, c.createArrayOf("text", periods.toArray()));
            s.setArray(7, c.createArrayOf("integer", schools.toArray()));
            s.setArray(8, c.createArrayOf("integer", municipalities.toArray()));
            s.setArray(9, c.createArrayOf("numeric", numerators.toArray()));
            s.setArray(10, c.createArrayOf("numeric", denominators.toArray()));
            return s.executeUpdate();
        }
    }
}
