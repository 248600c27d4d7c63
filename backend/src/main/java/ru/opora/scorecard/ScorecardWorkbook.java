package ru.opora.scorecard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.opora.scorecard.ScorecardViews.CriterionSummary;
import ru.opora.scorecard.ScorecardViews.RegionView;

/** The region's scorecard as an XLSX table: a row per municipality, a column per criterion, totals «N из M». */
final class ScorecardWorkbook {

    private ScorecardWorkbook() {
    }

    static byte[] of(RegionView view) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Оценка " + view.year());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle[] fills = new CellStyle[Mark.values().length];
            IndexedColors[] colours = {IndexedColors.LIGHT_GREEN, IndexedColors.LIGHT_YELLOW, IndexedColors.ROSE,
                    IndexedColors.GREY_25_PERCENT};
            for (Mark mark : Mark.values()) {
                CellStyle style = book.createCellStyle();
                style.setFillForegroundColor(colours[mark.ordinal()].getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                fills[mark.ordinal()] = style;
            }
            int r = 0;
            cell(sheet.createRow(r++), 0, "Оценка реализации муниципальных дорожных карт по направлению 1.2 — "
                    + view.regionName() + ", " + view.year() + " год", bold);
            cell(sheet.createRow(r++), 0, "Данные на " + RussianText.date(view.asOf()) + "; в скобках — оценка за "
                    + view.previousYear() + " год; * — оценка эксперта", null);
            r++;
            Row header = sheet.createRow(r++);
            cell(header, 0, "Муниципалитет", bold);
            for (CriterionSummary c : view.criteria()) {
                cell(header, c.number(), c.number() + ". " + c.title(), bold);
            }
            int metColumn = view.criteria().size() + 1;
            cell(header, metColumn, "Критериев выполнено", bold);
            for (ScorecardViews.Row row : view.municipalities()) {
                Row line = sheet.createRow(r++);
                cell(line, 0, row.municipalityName(), null);
                for (ScorecardViews.Cell c : row.cells()) {
                    cell(line, c.criterion().number(), MarkText.of(c.mark()) + (c.expert() ? "*" : "")
                            + (c.reviewNeeded() ? " (пересмотреть)" : "") + " (" + MarkText.of(c.previousMark()) + ")",
                            fills[c.mark().ordinal()]);
                }
                line.createCell(metColumn).setCellValue(row.metCount());
            }
            Row totals = sheet.createRow(r++);
            cell(totals, 0, "Выполнили", bold);
            for (CriterionSummary c : view.criteria()) {
                cell(totals, c.number(), c.met() + " из " + c.total() + " (в " + view.previousYear() + ": "
                        + c.previousMet() + ")", bold);
            }
            Row partly = sheet.createRow(r++);
            cell(partly, 0, "Частично / не выполнили / нет данных", null);
            for (CriterionSummary c : view.criteria()) {
                cell(partly, c.number(), c.partly() + " / " + c.notMet() + " / " + c.noData(), null);
            }
            sheet.setColumnWidth(0, 40 * 256);
            for (int i = 1; i <= metColumn; i++) {
                sheet.setColumnWidth(i, 24 * 256);
            }
            effectiveness(book.createSheet("Эффективность мер"), view, bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row per indicator and municipality (and the region's total): the programme's schools against the others. */
    private static void effectiveness(Sheet sheet, RegionView view, CellStyle bold) {
        int r = 0;
        cell(sheet.createRow(r++), 0, "Изменение средних значений с " + view.previousYear() + " по " + view.year()
                + " год: школы программы и остальные школы (школы со значениями обоих лет)", bold);
        Row header = sheet.createRow(r++);
        List<String> titles = List.of("Показатель", "Муниципалитет", "Школ программы", "Программа: было", "Программа: стало",
                "Программа: изменение", "Остальных школ", "Остальные: было", "Остальные: стало", "Остальные: изменение",
                "Разность изменений", "Итог");
        for (int i = 0; i < titles.size(); i++) {
            cell(header, i, titles.get(i), bold);
        }
        for (ScorecardViews.EffectRow e : view.effectiveness()) {
            String indicator = view.effectIndicators().stream().filter(i -> i.code().equals(e.indicatorCode()))
                    .map(ScorecardViews.EffectIndicator::name).findFirst().orElse(e.indicatorCode());
            Row line = sheet.createRow(r++);
            cell(line, 0, indicator, null);
            cell(line, 1, e.municipalityId() == null ? "Регион в целом" : e.municipalityName(), e.municipalityId() == null ? bold : null);
            number(line, 2, BigDecimal.valueOf(e.programme().schools()));
            number(line, 3, e.programme().previous());
            number(line, 4, e.programme().current());
            number(line, 5, e.programme().change());
            number(line, 6, BigDecimal.valueOf(e.others().schools()));
            number(line, 7, e.others().previous());
            number(line, 8, e.others().current());
            number(line, 9, e.others().change());
            number(line, 10, e.difference());
            cell(line, 11, ScorecardNote.verdict(e.verdict()), null);
        }
        sheet.setColumnWidth(0, 50 * 256);
        sheet.setColumnWidth(1, 36 * 256);
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
