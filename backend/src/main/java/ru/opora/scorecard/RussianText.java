package ru.opora.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ru.opora.roadmap.RoadmapStatus;

/**
 * Russian typography of the scorecard's texts and documents: dates «08.12.2026», «08.12.2026 г.», numbers with a
 * decimal comma, «кавычки-ёлочки», plural forms (one / few / many).
 */
public final class RussianText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RussianText() {
    }

    /** 08.12.2026 */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 08.12.2026 г. — a date in running text of an official document. */
    public static String dateInText(LocalDate date) {
        return date(date) + " г.";
    }

    /** 80 or 66,7: at most one decimal, with a comma. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** 66,7 % — a share with a non-breaking space before the sign. */
    public static String percent(BigDecimal value) {
        return value == null ? "—" : number(value) + "\u00a0%";
    }

    /** «text» with Russian quotation marks; inner quotes become „…“. */
    public static String quoted(String text) {
        return "«" + text.replace('«', '„').replace('»', '“') + "»";
    }

    /** The form of a noun after a count: 1 муниципалитет, 2 муниципалитета, 5 муниципалитетов, 11 муниципалитетов. */
    public static String plural(long count, String one, String few, String many) {
        long n = Math.abs(count) % 100;
        long last = n % 10;
        if (n >= 11 && n <= 14) {
            return many;
        }
        if (last == 1) {
            return one;
        }
        return last >= 2 && last <= 4 ? few : many;
    }

    /** «14 муниципалитетов (из 22)», as seed 002 counts. */
    public static String municipalities(long count, long of) {
        return municipalities(count) + " (из " + of + ")";
    }

    /** «14 муниципалитетов». */
    public static String municipalities(long count) {
        return count + " " + plural(count, "муниципалитет", "муниципалитета", "муниципалитетов");
    }

    public static String status(RoadmapStatus status) {
        return switch (status) {
            case DRAFT -> "черновик";
            case APPROVED -> "утверждена";
            case IN_EXECUTION -> "исполняется";
            case COMPLETED -> "завершена";
            case ARCHIVED -> "в архиве";
        };
    }
}
