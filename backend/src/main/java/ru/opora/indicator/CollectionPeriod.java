package ru.opora.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period values are collected for: «2025» (a year, the usual one for results of assessments),
 * «2025-H1» (a half-year) or «2025-Q3» (a quarter). Values of consecutive periods are compared, so the
 * period knows its predecessor.
 */
public record CollectionPeriod(String code, int year, IndicatorPeriodicity periodicity, int index) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** Null when the text is not a period code. */
    public static CollectionPeriod parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return of(year, IndicatorPeriodicity.YEAR, 1);
        }
        IndicatorPeriodicity periodicity = m.group(2).startsWith("Q") ? IndicatorPeriodicity.QUARTER : IndicatorPeriodicity.HALF_YEAR;
        return of(year, periodicity, m.group(2).charAt(1) - '0');
    }

    public static CollectionPeriod of(int year, IndicatorPeriodicity periodicity, int index) {
        String code = switch (periodicity) {
            case YEAR -> Integer.toString(year);
            case HALF_YEAR -> year + "-H" + index;
            case QUARTER -> year + "-Q" + index;
        };
        return new CollectionPeriod(code, year, periodicity, index);
    }

    private int perYear() {
        return switch (periodicity) {
            case YEAR -> 1;
            case HALF_YEAR -> 2;
            case QUARTER -> 4;
        };
    }

    public CollectionPeriod previous() {
        return index > 1 ? of(year, periodicity, index - 1) : of(year - 1, periodicity, perYear());
    }

    /** «2025 г.», «I полугодие 2025 г.», «III квартал 2025 г.» */
    public String label() {
        return switch (periodicity) {
            case YEAR -> year + " г.";
            case HALF_YEAR -> ROMAN[index - 1] + " полугодие " + year + " г.";
            case QUARTER -> ROMAN[index - 1] + " квартал " + year + " г.";
        };
    }
}
