package ru.opora.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The breakdown table as an XLSX workbook, as analysts paste it into their reports. */
final class BreakdownWorkbook {

    private BreakdownWorkbook() {
    }

    static byte[] of(BreakdownView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Показатель");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            int r = 0;
            title(sheet, r++, view.indicatorName() + (view.unit() == null ? "" : ", " + view.unit()), bold);
            title(sheet, r++, view.unitName() + " — " + view.periodLabel(), null);
            Row summary = sheet.createRow(r++);
            summary.createCell(0).setCellValue("Итого");
            put(summary.createCell(1), view.value(), number);
            put(summary.createCell(2), view.previousValue(), number);
            if (view.target() != null) {
                summary.createCell(6).setCellValue("Цель: " + view.target().toPlainString().replace('.', ','));
            }
            if (view.coverage().partial()) {
                summary.createCell(7).setCellValue("Неполные данные: по " + view.coverage().reported() + " из "
                        + view.coverage().expected() + " школ");
            }
            r++;
            Row header = sheet.createRow(r++);
            String[] names = {view.level().equals("REGION") ? "Муниципалитет" : "Школа", view.period(),
                    view.previousPeriod(), "Изменение", "Школ", "Ожидалось школ", "Цель достигнута"};
            for (int i = 0; i < names.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(names[i]);
                cell.setCellStyle(bold);
            }
            for (BreakdownView.Row row : view.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.name());
                put(line.createCell(1), row.value(), number);
                put(line.createCell(2), row.previousValue(), number);
                put(line.createCell(3), row.change(), number);
                line.createCell(4).setCellValue(row.schools());
                line.createCell(5).setCellValue(row.coverage().expected());
                line.createCell(6).setCellValue(row.attained() == null ? "" : row.attained() ? "да" : "нет");
            }
            sheet.setColumnWidth(0, 60 * 256);
            for (int i = 1; i < names.length; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void title(Sheet sheet, int index, String text, CellStyle style) {
        Cell cell = sheet.createRow(index).createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void put(Cell cell, BigDecimal value, CellStyle style) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }
}
