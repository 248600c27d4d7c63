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
 * Results of an assessment per school as the federal systems (ФИС ОКО) give them: one line per school, subject and
 * grade with the number of participants and of each mark. Each line becomes the catalogue's shares of marks
 * «2»…«5» (VPR_MARK_2…VPR_MARK_5, in percent of participants, two decimals) for that subject and grade, so that
 * nobody types them again. A line whose counts do not add up is rejected with the others, row by row.
 *
 * <pre>
 * school_code;assessment;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5
 * 5801001;ВПР;2025;Математика;4;52;3;20;19;10
 * </pre>
 */
final class AssessmentFileParser {

    /** The assessments this import understands and the prefix of their share-of-mark indicators. */
    private static final Map<String, String> ASSESSMENTS = Map.of("впр", "VPR_MARK_", "vpr", "VPR_MARK_");
    /** The indicator counting each assessment's participants per cut (the n-size of identification rules). */
    private static final Map<String, String> PARTICIPANTS = Map.of("VPR_MARK_", "VPR_PARTICIPANTS");
    private static final int[] MARKS = {2, 3, 4, 5};
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
            throw ApiException.invalid("file", "файл пуст: нужна строка заголовка " + expectedHeader());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = COLUMNS.get(header.get(i));
            if (column != null) {
                index.putIfAbsent(column, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("school", "year", "subject", "grade", "participants", "mark_2", "mark_3", "mark_4", "mark_5")) {
            if (!index.containsKey(required)) {
                missing.add(required.equals("school") ? "school_code" : required);
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid("file", "в строке заголовка нет столбцов: " + String.join(", ", missing)
                    + " (ожидается " + expectedHeader() + ")");
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
            rows += emit(line, fields, index, sink);
        }
    }

    private int emit(int line, List<String> fields, Map<String, Integer> index, RowSink sink) throws IOException {
        String assessment = index.containsKey("assessment") ? ValueFileParser.at(fields, index.get("assessment")) : null;
        String prefix = ASSESSMENTS.get(assessment == null ? "впр" : assessment.toLowerCase(Locale.ROOT));
        if (prefix == null) {
            sink.accept(ValueRow.rejected(line, "assessment", "оценочная процедура «" + assessment + "» не поддерживается; ожидается ВПР"));
            return 1;
        }
        Integer participants = count(ValueFileParser.at(fields, index.get("participants")));
        if (participants == null || participants == 0) {
            sink.accept(ValueRow.rejected(line, "participants", "число участников должно быть целым и больше нуля"));
            return 1;
        }
        int[] counts = new int[MARKS.length];
        int sum = 0;
        for (int i = 0; i < MARKS.length; i++) {
            Integer count = count(ValueFileParser.at(fields, index.get("mark_" + MARKS[i])));
            if (count == null) {
                sink.accept(ValueRow.rejected(line, "mark_" + MARKS[i], "число получивших отметку «" + MARKS[i]
                        + "» должно быть целым и не меньше нуля"));
                return 1;
            }
            counts[i] = count;
            sum += count;
        }
        if (sum != participants) {
            sink.accept(ValueRow.rejected(line, "participants", "сумма отметок (" + sum + ") не равна числу участников ("
                    + participants + ")"));
            return 1;
        }
        Map<String, String> parts = new TreeMap<>();
        String subject = ValueFileParser.at(fields, index.get("subject"));
        String grade = ValueFileParser.at(fields, index.get("grade"));
        if (subject != null) {
            parts.put("SUBJECT", values.dimensionValue("SUBJECT", subject));
        }
        if (grade != null) {
            parts.put("GRADE", values.dimensionValue("GRADE", grade));
        }
        String key = ValueFileParser.key(parts);
        String school = ValueFileParser.at(fields, index.get("school"));
        String year = ValueFileParser.at(fields, index.get("year"));
        for (int i = 0; i < MARKS.length; i++) {
            BigDecimal share = BigDecimal.valueOf(counts[i] * 100L).divide(BigDecimal.valueOf(participants), 2, RoundingMode.HALF_UP);
            sink.accept(new ValueRow(line, school, prefix + MARKS[i], year, key, share.toPlainString(), null));
        }
        sink.accept(new ValueRow(line, school, PARTICIPANTS.get(prefix), year, key, Integer.toString(participants), null));
        return MARKS.length + 1;
    }

    private static Integer count(String text) {
        if (text == null || !text.matches("\\d{1,7}")) {
            return null;
        }
        return Integer.parseInt(text);
    }

    private static String expectedHeader() {
        return "school_code;assessment;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5";
    }
}
