package ru.opora.indicator.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The value import's template: the first sheet is what the import reads (a header row with the import's columns, then
 * a row per value), the next ones tell what to write — the caller's schools, the indicators with their type, range
 * and periods, the columns and an example. School and indicator cells offer the codes of those sheets as a list.
 */
final class ValueTemplateWorkbook {

    static final List<String> COLUMNS = List.of("school_code", "indicator_code", "period", "subject", "grade", "value", "comment");
    private static final int LISTED_ROWS = 5000;

    record SchoolRow(String code, String name, String municipality) {
    }

    record IndicatorRow(String code, String name, String type, String unit, BigDecimal min, BigDecimal max,
                        String periods, String dimensions) {
    }

    private ValueTemplateWorkbook() {
    }

    static byte[] write(List<SchoolRow> schools, List<IndicatorRow> indicators) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));

            Sheet values = book.createSheet("Значения");
            row(values, 0, bold, COLUMNS.toArray(String[]::new));
            for (int c = 0; c < COLUMNS.size(); c++) {
                values.setDefaultColumnStyle(c, c == 5 ? book.createCellStyle() : text);
                values.setColumnWidth(c, (c == 6 ? 40 : c == 1 ? 28 : 16) * 256);
            }
            values.createFreezePane(0, 1);

            Sheet schoolSheet = book.createSheet("Школы");
            row(schoolSheet, 0, bold, "Код школы (school_code)", "Школа", "Муниципалитет");
            for (int i = 0; i < schools.size(); i++) {
                SchoolRow s = schools.get(i);
                row(schoolSheet, i + 1, null, s.code(), s.name(), s.municipality());
            }
            widths(schoolSheet, 22, 60, 30);

            Sheet indicatorSheet = book.createSheet("Показатели");
            row(indicatorSheet, 0, bold, "Код (indicator_code)", "Показатель", "Тип значения", "Единица", "От", "До",
                    "Периоды (period)", "Разрезы (subject, grade)");
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorRow x = indicators.get(i);
                Row r = row(indicatorSheet, i + 1, null, x.code(), x.name(), x.type(), x.unit() == null ? "" : x.unit(), "", "",
                        x.periods(), x.dimensions());
                if (x.min() != null) {
                    r.getCell(4).setCellValue(x.min().doubleValue());
                }
                if (x.max() != null) {
                    r.getCell(5).setCellValue(x.max().doubleValue());
                }
            }
            widths(indicatorSheet, 28, 70, 16, 10, 8, 8, 36, 30);

            Sheet help = book.createSheet("Пояснения");
            String[][] lines = {
                    {"Как заполнить", ""},
                    {"school_code", "код школы (ИНН) — с листа «Школы»"},
                    {"indicator_code", "код показателя — с листа «Показатели»; вычисляемые доли не загружаются: загрузите их числитель и знаменатель"},
                    {"period", "период: 2025 — год, 2025-H1 — I полугодие, 2025-Q3 — III квартал (как у показателя)"},
                    {"subject", "предмет для показателей с разрезом по предметам: «Математика» или MATH"},
                    {"grade", "класс для показателей с разрезом по классам: 4"},
                    {"value", "число (дробная часть через запятую, до 4 знаков) или да/нет"},
                    {"comment", "комментарий (необязательно); нужен, если значение изменилось больше допустимого"},
                    {"", ""},
                    {"Пример строки", "5818003401 | STAFFING_RATE | 2025 | | | 92,5 |"},
                    {"", ""},
                    {"Загрузка", "«Мониторинг → Загрузка значений»: сначала «Только проверить», затем загрузить. Файл"
                            + " загружается целиком или не загружается совсем; повторная загрузка того же файла ничего не меняет."},
            };
            for (int i = 0; i < lines.length; i++) {
                row(help, i, i == 0 ? bold : null, lines[i]);
            }
            widths(help, 18, 110);

            DataValidationHelper validation = values.getDataValidationHelper();
            if (!schools.isEmpty()) {
                values.addValidationData(validation.createValidation(
                        validation.createFormulaListConstraint("'Школы'!$A$2:$A$" + (schools.size() + 1)),
                        new CellRangeAddressList(1, LISTED_ROWS, 0, 0)));
            }
            if (!indicators.isEmpty()) {
                values.addValidationData(validation.createValidation(
                        validation.createFormulaListConstraint("'Показатели'!$A$2:$A$" + (indicators.size() + 1)),
                        new CellRangeAddressList(1, LISTED_ROWS, 1, 1)));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(Sheet sheet, int index, CellStyle style, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(cells[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}
