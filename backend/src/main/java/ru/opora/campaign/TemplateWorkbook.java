package ru.opora.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.ValueType;
import ru.opora.indicator.exchange.RowSink;
import ru.opora.indicator.exchange.ValueRow;

/**
 * A campaign's values as a sheet to fill offline: one row per school, one column per indicator and cut. The third
 * row carries the codes the upload reads («VPR_MARK_2|GRADE=4;SUBJECT=MATH»), so the columns may be reordered or
 * hidden; the names above the data are for people. An empty cell leaves the stored value as it is.
 */
final class TemplateWorkbook {

    static final String CODES_MARKER = "school_code";
    private static final int CODES_ROW = 2;
    private static final int FIRST_DATA_ROW = 5;
    private static final int FIXED_COLUMNS = 3;

    /** A column of values: the field it fills and the key written in the codes row. */
    record Column(String key, Indicator indicator, String dimensions, String label) {
        static String key(Indicator indicator, String dimensions) {
            return dimensions.isEmpty() ? indicator.code : indicator.code + "|" + dimensions;
        }
    }

    /** A school's row with the values stored now, by column key, as the sheet shows them. */
    record SchoolRow(String code, String name, String municipality, Map<String, Object> values) {
    }

    private TemplateWorkbook() {
    }

    static byte[] write(String title, List<Column> columns, List<SchoolRow> schools) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Значения");
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            bold.setWrapText(true);
            CellStyle grey = workbook.createCellStyle();
            Font greyFont = workbook.createFont();
            greyFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            greyFont.setFontHeightInPoints((short) 8);
            grey.setFont(greyFont);
            CellStyle input = workbook.createCellStyle();
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue("Заполните жёлтые ячейки; пустая ячейка не меняет сохранённое значение."
                    + " Не меняйте строку кодов и столбец «Код школы». Загрузка принимает формы школ, строки которых заполнены.");
            Row codes = sheet.createRow(CODES_ROW);
            Row names = sheet.createRow(CODES_ROW + 1);
            Row hints = sheet.createRow(CODES_ROW + 2);
            String[] fixed = {"Код школы", "Школа", "Муниципалитет"};
            codes.createCell(0).setCellValue(CODES_MARKER);
            codes.getCell(0).setCellStyle(grey);
            for (int i = 0; i < fixed.length; i++) {
                names.createCell(i).setCellValue(fixed[i]);
                names.getCell(i).setCellStyle(bold);
            }
            DataValidationHelper validations = sheet.getDataValidationHelper();
            int lastRow = FIRST_DATA_ROW + Math.max(schools.size(), 1) - 1;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                int at = FIXED_COLUMNS + c;
                codes.createCell(at).setCellValue(column.key());
                codes.getCell(at).setCellStyle(grey);
                names.createCell(at).setCellValue(column.label());
                names.getCell(at).setCellStyle(bold);
                hints.createCell(at).setCellValue(hint(column.indicator()));
                hints.getCell(at).setCellStyle(grey);
                sheet.setColumnWidth(at, 18 * 256);
                DataValidationConstraint constraint = constraint(validations, column.indicator());
                if (constraint != null) {
                    DataValidation validation = validations.createValidation(constraint,
                            new CellRangeAddressList(FIRST_DATA_ROW, lastRow, at, at));
                    validation.setShowErrorBox(true);
                    validation.createErrorBox("Неверное значение", hint(column.indicator()));
                    sheet.addValidationData(validation);
                }
            }
            int r = FIRST_DATA_ROW;
            for (SchoolRow school : schools) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(school.code());
                row.createCell(1).setCellValue(school.name());
                row.createCell(2).setCellValue(school.municipality());
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.createCell(FIXED_COLUMNS + c);
                    cell.setCellStyle(input);
                    Object value = school.values().get(columns.get(c).key());
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof String text) {
                        cell.setCellValue(text);
                    }
                }
            }
            sheet.setColumnWidth(0, 12 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            sheet.createFreezePane(FIXED_COLUMNS, FIRST_DATA_ROW);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a filled template: every non-empty value cell becomes a row of the import (numbered as Excel numbers
     * its rows). A school outside the caller's part of the campaign is rejected row by row; a sheet whose codes
     * row is missing or names columns not in the campaign is refused as a whole.
     */
    static int read(InputStream in, String period, Map<String, Column> known, Set<String> schools, RowSink sink) throws IOException {
        try (Workbook workbook = open(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row codes = null;
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10) && codes == null; r++) {
                Row row = sheet.getRow(r);
                if (row != null && CODES_MARKER.equals(text(formatter, row.getCell(0)))) {
                    codes = row;
                }
            }
            if (codes == null) {
                throw ApiException.invalid("file", "это не шаблон кампании: нет строки кодов, начинающейся с «" + CODES_MARKER
                        + "»; скачайте шаблон заново");
            }
            Map<Integer, Column> columns = new HashMap<>();
            List<FieldError> errors = new ArrayList<>();
            for (int c = 1; c < codes.getLastCellNum(); c++) {
                String key = text(formatter, codes.getCell(c));
                if (key == null) {
                    continue;
                }
                Column column = known.get(key);
                if (column == null) {
                    errors.add(new FieldError("file", "столбец " + (c + 1) + ": показателя «" + key + "» нет в этой кампании"));
                } else {
                    columns.put(c, column);
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            int rows = 0;
            for (int r = codes.getRowNum() + 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String school = row == null ? null : text(formatter, row.getCell(0));
                if (school == null) {
                    continue;
                }
                int excelRow = r + 1;
                if (!schools.contains(school)) {
                    sink.accept(ValueRow.rejected(excelRow, "school_code", "школа «" + school + "» не участвует в кампании"
                            + " или не относится к вашей организации"));
                    rows++;
                    continue;
                }
                for (Map.Entry<Integer, Column> entry : columns.entrySet()) {
                    String value = value(formatter, row.getCell(entry.getKey()), entry.getValue().indicator());
                    if (value != null) {
                        Column column = entry.getValue();
                        sink.accept(new ValueRow(excelRow, school, column.indicator().code, period, column.dimensions(), value, null));
                        rows++;
                    }
                }
            }
            return rows;
        }
    }

    private static Workbook open(InputStream in) throws IOException {
        try {
            return new XSSFWorkbook(in);
        } catch (POIXMLException | IllegalArgumentException e) {
            // Not a zip, not OOXML, or empty: POI tells these by NotOfficeXmlFileException and EmptyFileException (both IllegalArgumentException).
            throw ApiException.invalid("file", "файл не является книгой Excel (.xlsx); сохраните шаблон в формате .xlsx");
        }
    }

    private static String text(DataFormatter formatter, Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = formatter.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }

    /** A cell as the import reads text: numbers exactly as typed (not as the cell's display format rounds them). */
    private static String value(DataFormatter formatter, Cell cell, Indicator indicator) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> indicator.valueType == ValueType.TEXT ? text(formatter, cell)
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "да" : "нет";
            case STRING -> {
                String text = cell.getStringCellValue().strip();
                yield text.isEmpty() ? null : text;
            }
            default -> null;
        };
    }

    private static String hint(Indicator indicator) {
        String range = indicator.minValue == null && indicator.maxValue == null ? ""
                : ", " + plain(indicator.minValue) + "–" + plain(indicator.maxValue);
        return switch (indicator.valueType) {
            case PERCENT -> "%" + range;
            case NUMBER -> "число" + range;
            case INTEGER -> "целое" + range;
            case BOOLEAN -> "да или нет";
            case TEXT -> "текст";
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "…" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static DataValidationConstraint constraint(DataValidationHelper helper, Indicator indicator) {
        return switch (indicator.valueType) {
            case BOOLEAN -> helper.createExplicitListConstraint(new String[] {"да", "нет"});
            case PERCENT, NUMBER, INTEGER -> indicator.minValue == null || indicator.maxValue == null ? null
                    : helper.createNumericConstraint(indicator.valueType == ValueType.INTEGER
                                    ? DataValidationConstraint.ValidationType.INTEGER : DataValidationConstraint.ValidationType.DECIMAL,
                            DataValidationConstraint.OperatorType.BETWEEN, indicator.minValue.toPlainString(),
                            indicator.maxValue.toPlainString());
            case TEXT -> null;
        };
    }
}
