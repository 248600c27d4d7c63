package ru.opora.indicator.exchange;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the codes of an import mean within the caller's reach (the region's or the municipality's schools, the
 * catalogue, the cuts), read once per job, and the checks a single row must pass. A region has a few hundred
 * schools and the catalogue a few hundred indicators and cuts, so each row is resolved and checked in memory
 * while it streams, instead of in extra passes over the whole file in the database.
 */
final class ImportCatalogue {

    private static final Set<String> YES = Set.of("да", "true", "1", "yes");
    private static final Set<String> NO = Set.of("нет", "false", "0", "no");
    private static final int TEXT_LIMIT = 2000;

    record School(int id, int municipalityId) {
    }

    /** An indicator with the cuts it is collected for; its range also in ten-thousandths, as rows are checked. */
    record Indicator(int id, String valueType, String periodicity, boolean computed, BigDecimal min, BigDecimal max,
                     Set<Integer> cuts, long minUnits, long maxUnits) {

        Indicator(int id, String valueType, String periodicity, boolean computed, BigDecimal min, BigDecimal max,
                  Set<Integer> cuts) {
            this(id, valueType, periodicity, computed, min, max, cuts,
                    min == null ? Long.MIN_VALUE : min.movePointRight(4).longValueExact(),
                    max == null ? Long.MAX_VALUE : max.movePointRight(4).longValueExact());
        }
    }

    /** A share the indicator is a part of: its numerator, or else its denominator. */
    record SharePart(int shareId, boolean numerator) {
    }

    /**
     * A row by ids, with its value as the database column text and, when it is a number, in ten-thousandths (as its
     * range was checked); or the reason it is refused («field|message»).
     */
    record Resolved(int rowNo, School school, Indicator indicator, int disaggregationId, String period, String num,
                    long units, String text, String comment, String error) {

        static Resolved refused(int rowNo, String error) {
            return new Resolved(rowNo, null, null, 0, null, null, 0, null, null, error);
        }
    }

    private final Map<String, School> schools = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Integer> cuts = new HashMap<>();
    private final Map<Integer, List<SharePart>> sharesByPart = new HashMap<>();

    private ImportCatalogue() {
    }

    /** The schools of the municipality when it is given, else of the region; the common and the region's indicators. */
    static ImportCatalogue load(Connection c, long regionId, Long municipalityId) throws SQLException {
        ImportCatalogue catalogue = new ImportCatalogue();
        String schoolScope = municipalityId == null ? "m.region_id = ?" : "sc.municipality_id = ?";
        try (PreparedStatement s = c.prepareStatement("select sc.code, sc.id, sc.municipality_id from school sc"
                + " join municipality m on m.id = sc.municipality_id where " + schoolScope)) {
            s.setLong(1, municipalityId == null ? regionId : municipalityId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    catalogue.schools.put(rs.getString(1), new School(rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        // Every share, as the recomputation of shares takes them.
        try (PreparedStatement s = c.prepareStatement("select id, numerator_id, denominator_id from indicator where numerator_id is not null");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                catalogue.sharesByPart.computeIfAbsent(rs.getInt(2), part -> new ArrayList<>()).add(new SharePart(rs.getInt(1), true));
                catalogue.sharesByPart.computeIfAbsent(rs.getInt(3), part -> new ArrayList<>()).add(new SharePart(rs.getInt(1), false));
            }
        }
        try (PreparedStatement s = c.prepareStatement("select key, id from disaggregation"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                catalogue.cuts.put(rs.getString(1), rs.getInt(2));
            }
        }
        Map<Integer, Set<Integer>> cutsOf = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select indicator_id, disaggregation_id from indicator_disaggregation");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                cutsOf.computeIfAbsent(rs.getInt(1), indicator -> new HashSet<>()).add(rs.getInt(2));
            }
        }
        // A region's own indicator wins over a common one of the same code.
        try (PreparedStatement s = c.prepareStatement("select i.code, i.id, i.value_type, i.periodicity, i.numerator_id is not null,"
                + " i.min_value, i.max_value from indicator i where i.region_id is null or i.region_id = ? order by i.region_id nulls first")) {
            s.setLong(1, regionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    catalogue.indicators.put(rs.getString(1), new Indicator(rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getBigDecimal(6), rs.getBigDecimal(7), cutsOf.getOrDefault(rs.getInt(2), Set.of())));
                }
            }
        }
        return catalogue;
    }

    /** The shares whose numerator or denominator the indicator is. */
    List<SharePart> sharesOf(Indicator indicator) {
        return sharesByPart.getOrDefault(indicator.id(), List.of());
    }

    /** The row by ids with its typed value, or the first rule it breaks, in the order a person would fix them. */
    Resolved resolve(int rowNo, String schoolCode, String indicatorCode, String period, String dims, String value,
                     String comment, String sourceError) {
        if (sourceError != null) {
            return Resolved.refused(rowNo, sourceError);
        }
        if (schoolCode == null) {
            return Resolved.refused(rowNo, "school_code|не указан код школы");
        }
        School school = schools.get(schoolCode);
        if (school == null) {
            return Resolved.refused(rowNo, "school_code|нет школы с кодом «" + schoolCode + "» в пределах вашей организации");
        }
        if (indicatorCode == null) {
            return Resolved.refused(rowNo, "indicator_code|не указан код показателя");
        }
        Indicator indicator = indicators.get(indicatorCode);
        if (indicator == null) {
            return Resolved.refused(rowNo, "indicator_code|нет показателя с кодом «" + indicatorCode + "»");
        }
        if (indicator.computed()) {
            return Resolved.refused(rowNo, "indicator_code|показатель «" + indicatorCode
                    + "» вычисляется из числителя и знаменателя; загрузите их");
        }
        if (period == null || !isPeriod(period)) {
            return Resolved.refused(rowNo, "period|период «" + (period == null ? "" : period)
                    + "»: ожидается год (2025), полугодие (2025-H1) или квартал (2025-Q3)");
        }
        if (indicator.periodicity().equals("YEAR") != (period.length() == 4)
                || indicator.periodicity().equals("HALF_YEAR") != period.contains("-H")) {
            return Resolved.refused(rowNo, "period|показатель «" + indicatorCode + "» собирается с периодичностью "
                    + indicator.periodicity() + ", а не за «" + period + "»");
        }
        Integer cut = cuts.get(dims);
        if (cut == null || !indicator.cuts().contains(cut)) {
            return Resolved.refused(rowNo, "dimensions|у показателя «" + indicatorCode + "» нет разреза «" + dims + "»");
        }
        if (value == null) {
            return Resolved.refused(rowNo, "value|пустое значение");
        }
        if (indicator.valueType().equals("TEXT")) {
            String text = value.length() > TEXT_LIMIT ? value.substring(0, TEXT_LIMIT) : value;
            return new Resolved(rowNo, school, indicator, cut, period, null, 0, text, comment, null);
        }
        String num;
        if (indicator.valueType().equals("BOOLEAN")) {
            String word = value.toLowerCase(Locale.ROOT);
            num = YES.contains(word) ? "1" : NO.contains(word) ? "0" : null;
            if (num == null) {
                return Resolved.refused(rowNo, "value|«" + left50(value) + "»: ожидается да или нет");
            }
        } else {
            if (!isNumber(value)) {
                return Resolved.refused(rowNo, "value|«" + left50(value) + "»: ожидается число (не больше 4 знаков после запятой)");
            }
            num = value.replace(',', '.');
        }
        long units = tenThousandths(num);
        if (indicator.valueType().equals("INTEGER") && units % 10_000 != 0) {
            return Resolved.refused(rowNo, "value|" + value + ": ожидается целое число");
        }
        if (units < indicator.minUnits()) {
            return Resolved.refused(rowNo, "value|" + value + ": не меньше " + plain(indicator.min()));
        }
        if (units > indicator.maxUnits()) {
            return Resolved.refused(rowNo, "value|" + value + ": не больше " + plain(indicator.max()));
        }
        return new Resolved(rowNo, school, indicator, cut, period, num, units, null, comment, null);
    }

    // The two shapes below are checked by hand: they are tested on every row of files of millions of rows, where
    // a regular expression's matcher cost more than the rest of the row's checks.

    /** A year (2025), a half-year (2025-H1) or a quarter (2025-Q3). */
    static boolean isPeriod(String period) {
        if (period.length() == 4) {
            return digits(period, 0, 4);
        }
        if (period.length() != 7 || !digits(period, 0, 4) || period.charAt(4) != '-') {
            return false;
        }
        char part = period.charAt(6);
        return switch (period.charAt(5)) {
            case 'H' -> part == '1' || part == '2';
            case 'Q' -> part >= '1' && part <= '4';
            default -> false;
        };
    }

    /** A number of at most 14 digits before and 4 after the point (or comma), with an optional minus. */
    static boolean isNumber(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        int point = value.indexOf('.', start);
        if (point < 0) {
            point = value.indexOf(',', start);
        }
        int whole = (point < 0 ? value.length() : point) - start;
        int fraction = point < 0 ? 0 : value.length() - point - 1;
        return whole >= 1 && whole <= 14 && digits(value, start, start + whole)
                && (point < 0 || fraction >= 1 && fraction <= 4 && digits(value, point + 1, value.length()));
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A number of the shape {@link #isNumber} allows, with a point, in ten-thousandths: exact, as its at most 14
     * digits before the point and 4 after fit in a long.
     */
    static long tenThousandths(String number) {
        boolean negative = number.charAt(0) == '-';
        long units = 0;
        int fractionDigits = -1;
        for (int i = negative ? 1 : 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '.') {
                fractionDigits = 0;
            } else {
                units = units * 10 + (c - '0');
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            }
        }
        for (int i = Math.max(fractionDigits, 0); i < 4; i++) {
            units *= 10;
        }
        return negative ? -units : units;
    }

    private static String left50(String value) {
        return value.length() > 50 ? value.substring(0, 50) : value;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
