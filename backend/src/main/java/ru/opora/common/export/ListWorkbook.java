package ru.opora.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list as people file it in Excel: a title, the filters it was made with, a header row frozen at the top and a
 * row per entry, texts wrapped. Used for the lists of methodological events and of recommendations.
 */
public final class ListWorkbook {

    /** A column: its header and width in characters. */
    public record Column(String header, int width) {
    }

    private ListWorkbook() {
    }

    public static byte[] of(String sheetName, String title, List<String> notes, List<Column> columns, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle titleStyle = workbook.createCellStyle();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            titleStyle.setFont(titleFont);
            CellStyle header = bordered(workbook);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            int r = 0;
            Cell titleCell = sheet.createRow(r).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
            r++;
            for (String note : notes) {
                sheet.createRow(r).createCell(0).setCellValue(note);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
                r++;
            }
            r++;
            int headerRow = r;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = c < values.size() && values.get(c) != null ? values.get(c) : "";
                    // Excel holds at most 32 767 characters in a cell.
                    cell.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) + "…" : value);
                    cell.setCellStyle(text);
                }
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, columns.size() - 1));
            sheet.getPrintSetup().setLandscape(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
