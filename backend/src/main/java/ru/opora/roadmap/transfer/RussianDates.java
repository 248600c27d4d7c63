package ru.opora.roadmap.transfer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Russian documents write them: «08.02.2025» in tables, «8 февраля 2025 г.» in prose. */
public final class RussianDates {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yyyy", RU);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", RU);
    private static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", RU)
            .withZone(ZoneId.systemDefault());

    private RussianDates() {
    }

    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    static String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : WITH_TIME.format(instant);
    }
}
