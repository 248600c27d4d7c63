package ru.opora.indicator.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ru.opora.common.error.ApiException;
import ru.opora.indicator.DimensionView;

/**
 * Reads an exchange file row by row without holding it in memory. CSV: a header row with school_code,
 * indicator_code, period, value, optional comment and one column per dimension (subject, grade; Russian headers
 * and value names are understood too), «;» or «,» separated, UTF-8 or Windows-1251. JSON: an array of
 * {school, indicator, period, dimensions: {SUBJECT: "MATH"}, value, comment}, or such an array under "values".
 * A file that cannot be read as a whole is refused; bad values are the database's business, row by row.
 */
public final class ValueFileParser {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("school_code", "school"), Map.entry("school", "school"), Map.entry("код школы", "school"),
            Map.entry("код_школы", "school"), Map.entry("школа", "school"),
            Map.entry("indicator_code", "indicator"), Map.entry("indicator", "indicator"),
            Map.entry("код показателя", "indicator"), Map.entry("показатель", "indicator"),
            Map.entry("period", "period"), Map.entry("период", "period"),
            Map.entry("value", "value"), Map.entry("значение", "value"),
            Map.entry("comment", "comment"), Map.entry("комментарий", "comment"));

    private final List<DimensionView> dimensions;
    /** By dimension: each value's code and name, as written and in lower case, to its code. */
    private final Map<String, Map<String, String>> valueCodes = new HashMap<>();

    public ValueFileParser(List<DimensionView> dimensions) {
        this.dimensions = dimensions;
        for (DimensionView dimension : dimensions) {
            Map<String, String> codes = valueCodes.computeIfAbsent(dimension.code(), code -> new HashMap<>());
            for (DimensionView.Value value : dimension.values()) {
                for (String spelling : List.of(value.code(), value.name())) {
                    codes.putIfAbsent(spelling, value.code());
                    codes.putIfAbsent(spelling.toLowerCase(Locale.ROOT), value.code());
                }
            }
        }
    }

    public int parse(ValueFileFormat format, InputStream in, RowSink sink) throws IOException {
        return switch (format) {
            case CSV -> parseTable(new CsvRecords(in), sink);
            case XLSX -> parseTable(new XlsxRecords(in), sink);
            case JSON -> parseJson(in, sink);
        };
    }

    // --- CSV and XLSX: a header row, then a row per value

    private int parseTable(TableRecords csv, RowSink sink) throws IOException {
        List<String> header = csv.header();
        if (header == null) {
            throw ApiException.invalid("file", "файл пуст: нужна строка заголовка со столбцами school_code, indicator_code, period, value");
        }
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> dimensionColumns = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String column = COLUMNS.get(name);
            if (column != null) {
                index.putIfAbsent(column, i);
                continue;
            }
            for (DimensionView dimension : dimensions) {
                if (name.equals(dimension.code().toLowerCase(Locale.ROOT)) || name.equals(dimension.name().toLowerCase(Locale.ROOT))) {
                    dimensionColumns.put(dimension.code(), i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("school", "indicator", "period", "value")) {
            if (!index.containsKey(required)) {
                missing.add(switch (required) {
                    case "school" -> "school_code";
                    case "indicator" -> "indicator_code";
                    default -> required;
                });
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid("file", "в строке заголовка нет столбцов: " + String.join(", ", missing)
                    + " (ожидаются school_code, indicator_code, period, value, comment и столбцы разрезов subject, grade)");
        }
        int school = index.get("school");
        int indicator = index.get("indicator");
        int period = index.get("period");
        int value = index.get("value");
        int comment = index.getOrDefault("comment", -1);
        // In the order of their codes, as a cut's key names them.
        String[] dimensionCodes = dimensionColumns.keySet().toArray(String[]::new);
        int[] dimensionIndexes = dimensionColumns.values().stream().mapToInt(Integer::intValue).toArray();
        int rows = 0;
        List<String> fields;
        while (true) {
            int startLine = csv.line() + 1;
            fields = csv.next();
            if (fields == null) {
                break;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            String cut = "";
            for (int d = 0; d < dimensionCodes.length; d++) {
                String part = at(fields, dimensionIndexes[d]);
                if (part != null) {
                    cut = (cut.isEmpty() ? "" : cut + ';') + dimensionCodes[d] + '=' + dimensionValue(dimensionCodes[d], part);
                }
            }
            sink.accept(new ValueRow(startLine, at(fields, school), at(fields, indicator), at(fields, period), cut,
                    at(fields, value), comment < 0 ? null : at(fields, comment)));
            rows++;
        }
        return rows;
    }

    static String at(List<String> fields, int index) {
        if (index >= fields.size()) {
            return null;
        }
        String value = fields.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    // --- JSON

    private int parseJson(InputStream in, RowSink sink) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                while ((token = parser.nextToken()) == JsonToken.FIELD_NAME && !"values".equals(parser.currentName())) {
                    parser.nextToken();
                    parser.skipChildren();
                }
                if (token != JsonToken.FIELD_NAME) {
                    throw ApiException.invalid("file", "в JSON нет массива «values»");
                }
                token = parser.nextToken();
            }
            if (token != JsonToken.START_ARRAY) {
                throw ApiException.invalid("file", "ожидается массив значений или объект с массивом «values»");
            }
            int rows = 0;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    throw ApiException.invalid("file", "элемент " + (rows + 1) + ": ожидается объект");
                }
                rows++;
                sink.accept(jsonRow(parser, rows));
            }
            return rows;
        } catch (JsonParseException e) {
            throw ApiException.invalid("file", "JSON повреждён (строка " + e.getLocation().getLineNr() + "): "
                    + e.getOriginalMessage());
        }
    }

    private ValueRow jsonRow(JsonParser parser, int row) throws IOException {
        String school = null;
        String indicator = null;
        String period = null;
        String value = null;
        String comment = null;
        Map<String, String> parts = new TreeMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (name) {
                case "school", "schoolCode" -> school = scalar(parser, token);
                case "indicator", "indicatorCode" -> indicator = scalar(parser, token);
                case "period" -> period = scalar(parser, token);
                case "value" -> value = scalar(parser, token);
                case "comment" -> comment = scalar(parser, token);
                case "dimensions" -> {
                    if (token == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String dimension = parser.currentName().strip().toUpperCase(Locale.ROOT);
                            String dimensionValue = scalar(parser, parser.nextToken());
                            if (dimensionValue != null) {
                                parts.put(dimension, dimensionValue(dimension, dimensionValue));
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new ValueRow(row, school, indicator, period, key(parts), value, comment);
    }

    private static String scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue().toPlainString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_STRING -> parser.getText().isBlank() ? null : parser.getText().strip();
            default -> {
                parser.skipChildren();
                yield "[" + token + "]";
            }
        };
    }

    // --- dimensions

    /** A dimension value by its code or its name: «MATH», «Математика», «4», «4 класс». */
    String dimensionValue(String dimension, String value) {
        Map<String, String> codes = valueCodes.getOrDefault(dimension, Map.of());
        String code = codes.get(value);
        if (code == null) {
            code = codes.get(value.toLowerCase(Locale.ROOT));
        }
        return code != null ? code : value.toUpperCase(Locale.ROOT);
    }

    static String key(Map<String, String> sortedParts) {
        if (sortedParts.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        sortedParts.forEach((k, v) -> key.append(key.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return key.toString();
    }
}
