package ru.opora.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period by its code: «2025-Q2» (II квартал 2025 г.) or «2025-H1» (I полугодие 2025 г.).
 * Which periods are expected and overdue is decided in SQL (roadmap_periods); this type reads and names them.
 */
public record ReportingPeriod(String code, int year, Periodicity periodicity, int index) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(Q[1-4]|H[12])");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** Null when the code is not a period code. */
    public static ReportingPeriod parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches()) {
            return null;
        }
        Periodicity periodicity = m.group(2).startsWith("Q") ? Periodicity.QUARTER : Periodicity.HALF_YEAR;
        return new ReportingPeriod(code, Integer.parseInt(m.group(1)), periodicity, m.group(2).charAt(1) - '0');
    }

    public static List<ReportingPeriod> of(Roadmap roadmap) {
        List<ReportingPeriod> periods = new ArrayList<>();
        int perYear = roadmap.periodicity == Periodicity.QUARTER ? 4 : 2;
        for (int year = roadmap.yearFrom; year <= roadmap.yearTo; year++) {
            for (int index = 1; index <= perYear; index++) {
                String code = year + (perYear == 4 ? "-Q" : "-H") + index;
                periods.add(new ReportingPeriod(code, year, roadmap.periodicity, index));
            }
        }
        return periods;
    }

    public boolean belongsTo(Roadmap roadmap) {
        return periodicity == roadmap.periodicity && year >= roadmap.yearFrom && year <= roadmap.yearTo;
    }

    private int months() {
        return periodicity == Periodicity.QUARTER ? 3 : 6;
    }

    public LocalDate startsOn() {
        return LocalDate.of(year, (index - 1) * months() + 1, 1);
    }

    public LocalDate endsOn() {
        return startsOn().plusMonths(months()).minusDays(1);
    }

    /** «II квартал 2025 г.» */
    public String label() {
        return ROMAN[index - 1] + (periodicity == Periodicity.QUARTER ? " квартал " : " полугодие ") + year + " г.";
    }

    /** «за II квартал 2025 года», as in the title of a report. */
    public String labelGenitive() {
        return "за " + ROMAN[index - 1] + (periodicity == Periodicity.QUARTER ? " квартал " : " полугодие ")
                + year + " года";
    }
}
