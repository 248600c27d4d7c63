package ru.opora.indicator.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ru.opora.common.error.ApiException;

/**
 * Results of an assessment per school as the federal and regional systems give them (ФИС ОКО for ВПР, the regional
 * processing centres for ОГЭ and ЕГЭ), in one of three layouts told apart by the header:
 *
 * <pre>
 * ВПР, a line per school, subject and grade with the counts of marks:
 * school_code;assessment;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5
 * 5818003401;ВПР;2025;Математика;4;52;3;20;19;10
 *
 * ОГЭ (9th grade), a line per school and subject with the counts of marks and the mean primary score:
 * school_code;assessment;year;subject;participants;mark_2;mark_3;mark_4;mark_5;mean_score
 * 5818003401;ОГЭ;2025;Математика;25;2;10;9;4;15,2
 *
 * ЕГЭ (11th grade), a line per school and subject with the count below the minimum score, the counts by score band
 * and the mean test score:
 * school_code;assessment;year;subject;participants;below_min;score_min_60;score_61_80;score_81_100;mean_score
 * 5818003401;ЕГЭ;2025;Русский язык;18;1;7;8;2;68,4
 * </pre>
 *
 * ВПР gives the shares of marks «2»…«5» (VPR_MARK_2…5) per subject and grade. ОГЭ gives the participants
 * (OGE_PARTICIPANTS), those below the minimum, i.e. with «2» (OGE_BELOW_MIN), the mean score (OGE_MEAN_SCORE) and the
 * shares of marks (OGE_MARK_2…5); ЕГЭ the participants, those below the minimum, the mean score and the shares of the
 * score bands (EGE_BAND_MIN_60, EGE_BAND_61_80, EGE_BAND_81_100). The shares below the minimum
 * (OGE_BELOW_MIN_SHARE, EGE_BELOW_MIN_SHARE) are computed from the counts. Shares are in percent of the participants,
 * two decimals. A line whose counts do not add up, or whose procedure does not fit the file's columns, is rejected
 * with the others, row by row, and nothing of the file is saved.
 */
final class AssessmentFileParser {

    /** A layout: its procedure, the names the procedure goes by, its columns. */
    private enum Layout {
        VPR("ВПР", java.util.Set.of("впр", "vpr"), List.of("school", "year", "subject", "grade", "participants", "mark_2", "mark_3",
                "mark_4", "mark_5"), "school_code;assessment;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5"),
        OGE("ОГЭ", java.util.Set.of("огэ", "oge"), List.of("school", "year", "subject", "participants", "mark_2", "mark_3", "mark_4",
                "mark_5", "mean_score"), "school_code;assessment;year;subject;participants;mark_2;mark_3;mark_4;mark_5;mean_score"),
        EGE("ЕГЭ", java.util.Set.of("егэ", "ege"), List.of("school", "year", "subject", "participants", "below_min", "score_min_60",
                "score_61_80", "score_81_100", "mean_score"),
                "school_code;assessment;year;subject;participants;below_min;score_min_60;score_61_80;score_81_100;mean_score");

        final String title;
        final java.util.Set<String> names;
        final List<String> columns;
        final String header;

        Layout(String title, java.util.Set<String> names, List<String> columns, String header) {
            this.title = title;
            this.names = names;
            this.columns = columns;
            this.header = header;
        }

        /** The layout a header is written in: score bands for ЕГЭ, a mean score for ОГЭ, otherwise ВПР. */
        static Layout of(Map<String, Integer> index) {
            return index.containsKey("below_min") ? EGE : index.containsKey("mean_score") ? OGE : VPR;
        }
    }

    private static final int[] MARKS = {2, 3, 4, 5};
    private static final String[] BANDS = {"score_min_60", "score_61_80", "score_81_100"};
    private static final String[] BAND_INDICATORS = {"EGE_BAND_MIN_60", "EGE_BAND_61_80", "EGE_BAND_81_100"};
    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        alias("school", "school_code", "school", "код школы", "код_школы", "код оо", "логин оо");
        alias("assessment", "assessment", "процедура", "оценочная процедура");
        alias("year", "year", "год");
        alias("subject", "subject", "предмет");
        alias("grade", "grade", "класс", "параллель");
        alias("participants", "participants", "участников", "участники", "количество участников");
        for (int mark : MARKS) {
            alias("mark_" + mark, "mark_" + mark, "mark" + mark, "отметка " + mark, "отметка «" + mark + "»", "\"" + mark + "\"",
                    String.valueOf(mark));
        }
        alias("mean_score", "mean_score", "средний балл", "средний первичный балл", "средний тестовый балл");
        alias("below_min", "below_min", "ниже минимума", "ниже минимального порога", "не преодолели минимальный порог",
                "не набрали минимальный балл");
        alias("score_min_60", "score_min_60", "от минимума до 60", "от минимального до 60", "мин–60", "мин-60");
        alias("score_61_80", "score_61_80", "61–80", "61-80", "от 61 до 80");
        alias("score_81_100", "score_81_100", "81–100", "81-100", "от 81 до 100");
    }

    private static void alias(String column, String... names) {
        for (String name : names) {
            COLUMNS.put(name, column);
        }
    }

    private final ValueFileParser values;

    AssessmentFileParser(ValueFileParser values) {
        this.values = values;
    }

    int parse(InputStream body, RowSink sink) throws IOException {
        CsvRecords csv = new CsvRecords(body);
        List<String> header = csv.header();
        if (header == null) {
            throw ApiException.invalid("file", "файл пуст: нужна строка заголовка " + Layout.VPR.header + " (ВПР), "
                    + Layout.OGE.header + " (ОГЭ) или " + Layout.EGE.header + " (ЕГЭ)");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = COLUMNS.get(header.get(i));
            if (column != null) {
                index.putIfAbsent(column, i);
            }
        }
        Layout layout = Layout.of(index);
        List<String> missing = new ArrayList<>();
        for (String required : layout.columns) {
            if (!index.containsKey(required)) {
                missing.add(required.equals("school") ? "school_code" : required);
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid("file", "в строке заголовка нет столбцов: " + String.join(", ", missing)
                    + " (ожидается " + layout.header + ")");
        }
        int rows = 0;
        while (true) {
            int line = csv.line() + 1;
            List<String> fields = csv.next();
            if (fields == null) {
                return rows;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            rows += emit(layout, line, fields, index, sink);
        }
    }

    private int emit(Layout layout, int line, List<String> fields, Map<String, Integer> index, RowSink sink) throws IOException {
        String assessment = index.containsKey("assessment") ? ValueFileParser.at(fields, index.get("assessment")) : null;
        if (assessment != null && !layout.names.contains(assessment.toLowerCase(Locale.ROOT))) {
            boolean known = java.util.Arrays.stream(Layout.values()).anyMatch(l -> l.names.contains(assessment.toLowerCase(Locale.ROOT)));
            sink.accept(ValueRow.rejected(line, "assessment", known
                    ? "оценочная процедура «" + assessment + "» не соответствует столбцам файла; ожидается " + layout.title
                    : "оценочная процедура «" + assessment + "» не поддерживается; ожидается ВПР, ОГЭ или ЕГЭ"));
            return 1;
        }
        Integer participants = count(ValueFileParser.at(fields, index.get("participants")));
        if (participants == null || participants == 0) {
            sink.accept(ValueRow.rejected(line, "participants", "число участников должно быть целым и больше нуля"));
            return 1;
        }
        List<String> parts = layout == Layout.EGE ? List.of("below_min", BANDS[0], BANDS[1], BANDS[2])
                : java.util.Arrays.stream(MARKS).mapToObj(m -> "mark_" + m).toList();
        int[] counts = new int[parts.size()];
        int sum = 0;
        for (int i = 0; i < parts.size(); i++) {
            Integer count = count(ValueFileParser.at(fields, index.get(parts.get(i))));
            if (count == null) {
                sink.accept(ValueRow.rejected(line, parts.get(i), layout == Layout.EGE
                        ? "число участников в столбце " + parts.get(i) + " должно быть целым и не меньше нуля"
                        : "число получивших отметку «" + MARKS[i] + "» должно быть целым и не меньше нуля"));
                return 1;
            }
            counts[i] = count;
            sum += count;
        }
        if (sum != participants) {
            sink.accept(ValueRow.rejected(line, "participants", (layout == Layout.EGE ? "сумма по порогу и диапазонам баллов ("
                    : "сумма отметок (") + sum + ") не равна числу участников (" + participants + ")"));
            return 1;
        }
        String mean = null;
        if (layout != Layout.VPR) {
            mean = score(ValueFileParser.at(fields, index.get("mean_score")));
            if (mean == null) {
                sink.accept(ValueRow.rejected(line, "mean_score", "средний балл — число от 0 до 100"));
                return 1;
            }
        }
        Map<String, String> cut = new TreeMap<>();
        String subject = ValueFileParser.at(fields, index.get("subject"));
        if (subject != null) {
            cut.put("SUBJECT", values.dimensionValue("SUBJECT", subject));
        }
        String grade = index.containsKey("grade") ? ValueFileParser.at(fields, index.get("grade")) : null;
        if (layout == Layout.VPR && grade != null) {
            cut.put("GRADE", values.dimensionValue("GRADE", grade));
        }
        String key = ValueFileParser.key(cut);
        String school = ValueFileParser.at(fields, index.get("school"));
        String year = ValueFileParser.at(fields, index.get("year"));
        String prefix = layout.name() + "_";
        // Every procedure counts its participants per cut: the n-size of identification rules (VPR_PARTICIPANTS too).
        sink.accept(new ValueRow(line, school, prefix + "PARTICIPANTS", year, key, Integer.toString(participants), null));
        int emitted = 1;
        if (layout != Layout.VPR) {
            sink.accept(new ValueRow(line, school, prefix + "BELOW_MIN", year, key, Integer.toString(counts[0]), null));
            sink.accept(new ValueRow(line, school, prefix + "MEAN_SCORE", year, key, mean, null));
            emitted += 2;
        }
        for (int i = 0; i < counts.length; i++) {
            if (layout == Layout.EGE && i == 0) {
                continue;
            }
            String indicator = layout == Layout.EGE ? BAND_INDICATORS[i - 1] : layout.name() + "_MARK_" + MARKS[i];
            sink.accept(new ValueRow(line, school, indicator, year, key, share(counts[i], participants), null));
            emitted++;
        }
        return emitted;
    }

    private static String share(int count, int participants) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(participants), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A mean score from 0 to 100, with a comma or a point; null if it is not one. */
    private static String score(String text) {
        if (text == null || !text.matches("\\d{1,3}([.,]\\d{1,4})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(text.replace(',', '.'));
        return value.compareTo(BigDecimal.valueOf(100)) > 0 ? null : value.toPlainString();
    }

    private static Integer count(String text) {
        if (text == null || !text.matches("\\d{1,7}")) {
            return null;
        }
        return Integer.parseInt(text);
    }

}
