package ru.opora.identification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.FileNames;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * The approved list as the documents people sign and file: the numbered appendix to the order (municipality, school,
 * INN, category, basis) as DOCX, and the same table with every decision and its reason as XLSX. A municipality gets
 * its own schools; a school has no use for others' rows and is refused.
 */
@ApplicationScoped
public class ListExport {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A document and the name and type it is offered under. */
    public record File(String name, String mediaType, byte[] content) {
    }

    private static final List<String> HEADER = List.of("№ п/п", "Муниципальное образование", "Образовательная организация",
            "ИНН", "Категория", "Основание");

    private final ListService lists;

    ListExport(ListService lists) {
        this.lists = lists;
    }

    @Transactional
    public File export(Caller caller, long listId, String format) {
        String wanted = format == null ? "docx" : format.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("docx") && !wanted.equals("xlsx")) {
            throw ApiException.badRequest(List.of(new FieldError("format", FieldError.notOneOf(format, List.of("docx", "xlsx")))));
        }
        ListView list = lists.get(caller, listId);
        if (caller.role() == Role.SCHOOL) {
            throw ApiException.forbidden("Перечень целиком школе не выдаётся: её статус и основания — на странице перечня.");
        }
        String title = "Перечень " + Categories.plural(list.category()) + " на " + list.year() + " год";
        String stem = FileNames.stem(title + (caller.role() == Role.MUNICIPALITY ? " (выписка)" : "") + " — приложение к "
                + list.document().words().replace('/', '-'), null);
        return wanted.equals("docx") ? new File(stem + ".docx", DOCX, docx(list, title))
                : new File(stem + ".xlsx", XLSX, xlsx(list, title));
    }

    private static List<ListEntryView> listed(ListView list) {
        return list.entries().stream().filter(ListEntryView::listed).toList();
    }

    private static List<String> row(int n, ListEntryView e, ListView list) {
        return List.of(Integer.toString(n), e.municipalityName(), e.schoolName(), e.schoolCode(),
                Categories.single(list.category()), e.basis());
    }

    private static byte[] docx(ListView list, String title) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTPageSz size = document.getDocument().getBody().addNewSectPr().addNewPgSz();
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            XWPFParagraph appendix = document.createParagraph();
            appendix.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun appendixRun = appendix.createRun();
            appendixRun.setFontSize(11);
            appendixRun.setText("Приложение");
            appendixRun.addBreak();
            appendixRun.setText(list.document().appendixTo());
            appendixRun.addBreak();
            appendixRun.setText(list.document().authority());
            XWPFParagraph heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun headingRun = heading.createRun();
            headingRun.setBold(true);
            headingRun.setFontSize(14);
            headingRun.setText(title);
            XWPFTable table = document.createTable(1, HEADER.size());
            table.setWidth("100%");
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < HEADER.size(); c++) {
                cell(head.getCell(c), HEADER.get(c), true);
            }
            int n = 0;
            for (ListEntryView e : listed(list)) {
                XWPFTableRow row = table.createRow();
                List<String> values = row(++n, e, list);
                for (int c = 0; c < values.size(); c++) {
                    cell(row.getCell(c), values.get(c), false);
                }
            }
            XWPFRun criteria = document.createParagraph().createRun();
            criteria.setFontSize(10);
            criteria.setText("Критерии: «" + list.criteriaSetName() + "», версия " + list.setVersion() + ".");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(bold);
        run.setFontSize(10);
        run.setText(text == null ? "" : text);
    }

    private static byte[] xlsx(ListView list, String title) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet sheet = workbook.createSheet("Перечень");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(header);
            sheet.createRow(1).createCell(0).setCellValue("Приложение: " + list.document().words() + ", "
                    + list.document().authority());
            int r = 3;
            write(sheet.createRow(r++), HEADER, header);
            int n = 0;
            for (ListEntryView e : listed(list)) {
                write(sheet.createRow(r++), row(++n, e, list), text);
            }
            int[] widths = {8, 30, 45, 14, 16, 70};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 4);

            Sheet decisions = workbook.createSheet("Решения");
            List<String> decisionHeader = List.of("Муниципальное образование", "Образовательная организация", "ИНН",
                    "Вывод по критериям", "Решение", "Причина решения эксперта", "Основание");
            r = 0;
            write(decisions.createRow(r++), decisionHeader, header);
            for (ListEntryView e : list.entries()) {
                write(decisions.createRow(r++), List.of(e.municipalityName(), e.schoolName(), e.schoolCode(), outcome(e.outcome()),
                        decision(e.decision()), e.reason() == null ? "" : e.reason(), e.basis()), text);
            }
            int[] decisionWidths = {30, 45, 14, 24, 24, 40, 70};
            for (int c = 0; c < decisionWidths.length; c++) {
                decisions.setColumnWidth(c, decisionWidths[c] * 256);
            }
            decisions.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
            row.getCell(c).setCellStyle(style);
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

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case ENTERING -> "входит впервые";
            case STAYING -> "остаётся";
            case LEAVING -> "выходит";
            case FLAGGED -> "на решение эксперта";
            case SKIPPED -> "пропущена: нет данных";
            case NOT_MET -> "не соответствует критериям";
        };
    }

    static String decision(Decision decision) {
        return switch (decision) {
            case INCLUDED -> "включена по критериям";
            case ADDED -> "добавлена экспертом";
            case EXCLUDED -> "исключена экспертом";
            case NOT_INCLUDED -> "не включена";
        };
    }
}
