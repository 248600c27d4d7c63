package ru.opora.roadmap.transfer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.opora.roadmap.DateWindow;

/**
 * Reads the timeframe of a measure as Russian documents write it («февраль 2025 – декабрь 2026»,
 * «март 2025, март 2026», «до 1 апреля 2025», «I квартал 2025», «2025–2026 гг.», «ежегодно, сентябрь»,
 * «в течение всего периода») into date windows inside the roadmap's years.
 */
public final class TimeframeParser {

    /** Whole period, or windows; {@code understood} is false when nothing in the text could be read. */
    public record Timeframe(boolean wholePeriod, List<DateWindow> windows, boolean understood) {
    }

    private static final Pattern WHOLE = Pattern.compile(
            "весь период|всего периода|постоянно|ежекварталь|ежемесяч|систематич|в течение периода|регулярно|по мере необходимости");
    private static final String[] MONTHS = {"январ", "феврал", "март", "апрел", "ма[йя]", "июн", "июл", "август", "сентябр",
            "октябр", "ноябр", "декабр"};
    private static final Pattern MONTH = Pattern.compile("(" + String.join("|", MONTHS) + ")[а-я]*");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s+(" + String.join("|", MONTHS) + ")[а-я]*(?:\\s+(\\d{4}))?");
    private static final Pattern QUARTER = Pattern.compile("(iv|iii|ii|i|[1-4])\\s*(?:-?й\\s*)?(квартал|полугоди)[а-я]*(?:\\s+(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
    private static final Pattern BY = Pattern.compile("^(до|не позднее|по)\\s+(.*)$");

    private TimeframeParser() {
    }

    public static Timeframe parse(String text, int yearFrom, int yearTo) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return new Timeframe(true, List.of(), false);
        }
        if (WHOLE.matcher(t).find()) {
            return new Timeframe(true, List.of(), true);
        }
        List<DateWindow> windows = new ArrayList<>();
        for (String part : t.split("[,;]|\\sи\\s")) {
            String p = part.strip();
            Matcher by = BY.matcher(p);
            if (by.matches()) {
                Span end = span(by.group(2), null);
                if (end != null) {
                    for (int year : years(end, yearFrom, yearTo)) {
                        windows.add(new DateWindow(LocalDate.of(yearFrom, 1, 1), end.to(year)));
                    }
                }
                continue;
            }
            String[] range = p.split("\\s*-\\s*", 2);
            if (range.length == 2) {
                Span right = span(range[1], null);
                Span left = span(range[0], right == null ? null : right.year);
                if (left != null && right != null) {
                    if (right.year == null && left.year == null) {
                        for (int year = yearFrom; year <= yearTo; year++) {
                            windows.add(new DateWindow(left.from(year), right.to(year)));
                        }
                    } else {
                        int leftYear = left.year != null ? left.year : right.year;
                        int rightYear = right.year != null ? right.year : leftYear;
                        windows.add(new DateWindow(left.from(leftYear), right.to(rightYear)));
                    }
                    continue;
                }
            }
            Span single = span(p, null);
            if (single != null) {
                for (int year : years(single, yearFrom, yearTo)) {
                    windows.add(new DateWindow(single.from(year), single.to(year)));
                }
            }
        }
        return windows.isEmpty() ? new Timeframe(true, List.of(), false) : new Timeframe(false, windows, true);
    }

    private static List<Integer> years(Span span, int yearFrom, int yearTo) {
        if (span.year != null) {
            return List.of(span.year);
        }
        List<Integer> years = new ArrayList<>();
        for (int year = yearFrom; year <= yearTo; year++) {
            years.add(year);
        }
        return years;
    }

    /** A point of time named in the text: a day, a month, a quarter, a half-year or a year, with its year if given. */
    private record Span(Integer year, int fromMonth, int fromDay, int toMonth, Integer toDay) {
        LocalDate from(int y) {
            return LocalDate.of(y, fromMonth, fromDay);
        }

        LocalDate to(int y) {
            return toDay == null ? YearMonth.of(y, toMonth).atEndOfMonth() : LocalDate.of(y, toMonth, toDay);
        }
    }

    private static Span span(String text, Integer inheritedYear) {
        String t = text.strip();
        Matcher date = DATE.matcher(t);
        if (date.find()) {
            int day = Integer.parseInt(date.group(1));
            int month = Integer.parseInt(date.group(2));
            return valid(month, day) ? new Span(Integer.parseInt(date.group(3)), month, day, month, day) : null;
        }
        Matcher dayMonth = DAY_MONTH.matcher(t);
        if (dayMonth.find()) {
            int month = month(dayMonth.group(2));
            int day = Integer.parseInt(dayMonth.group(1));
            Integer year = dayMonth.group(3) != null ? Integer.valueOf(dayMonth.group(3)) : yearIn(t, inheritedYear);
            return valid(month, day) ? new Span(year, month, day, month, day) : null;
        }
        Matcher quarter = QUARTER.matcher(t);
        if (quarter.find()) {
            int index = switch (quarter.group(1)) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                default -> 4;
            };
            int months = quarter.group(2).startsWith("квартал") ? 3 : 6;
            if (months == 6 && index > 2) {
                return null;
            }
            Integer year = quarter.group(3) != null ? Integer.valueOf(quarter.group(3)) : yearIn(t, inheritedYear);
            return new Span(year, (index - 1) * months + 1, 1, index * months, null);
        }
        Matcher month = MONTH.matcher(t);
        if (month.find()) {
            int m = month(month.group(1));
            return new Span(yearIn(t, inheritedYear), m, 1, m, null);
        }
        Matcher year = YEAR.matcher(t);
        if (year.find()) {
            return new Span(Integer.valueOf(year.group(1)), 1, 1, 12, null);
        }
        return null;
    }

    private static Integer yearIn(String text, Integer inherited) {
        Matcher year = YEAR.matcher(text);
        return year.find() ? Integer.valueOf(year.group(1)) : inherited;
    }

    private static boolean valid(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static int month(String stem) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (stem.matches(MONTHS[i] + ".*")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(stem);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\u2012\u2013\u2014\u2212]", "-")
                .replaceAll("\\s+г(г)?\\.?(?=\\s|$|,|;|-)", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
