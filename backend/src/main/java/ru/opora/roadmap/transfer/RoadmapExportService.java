package ru.opora.roadmap.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import ru.opora.common.web.FileNames;
import ru.opora.roadmap.ItemView;
import ru.opora.roadmap.ReportingPeriod;
import ru.opora.roadmap.Roadmap;
import ru.opora.roadmap.RoadmapDocument;
import ru.opora.roadmap.RoadmapQueries;
import ru.opora.roadmap.RoadmapView;
import ru.opora.roadmap.SectionView;
import ru.opora.roadmap.report.EvidenceLink;
import ru.opora.roadmap.report.ItemReportView;
import ru.opora.roadmap.report.ItemStatusText;
import ru.opora.roadmap.report.ReportService;
import ru.opora.roadmap.report.ReportView;
import ru.opora.security.Caller;

/**
 * The roadmap and its execution report as the documents people still sign and file: a title block with the
 * approving document, then the table as in the seeds. The data comes from the same services as the API.
 */
@ApplicationScoped
public class RoadmapExportService {

    private final RoadmapQueries roadmaps;
    private final ReportService reports;

    RoadmapExportService(RoadmapQueries roadmaps, ReportService reports) {
        this.roadmaps = roadmaps;
        this.reports = reports;
    }

    /** A table: the header, then rows; a row of one cell is a section spanning the table. */
    record Table(List<String> header, List<List<Cell>> rows, int[] widths) {
    }

    /** A cell's text with optional links (evidence), written as hyperlinks where the format has them. */
    record Cell(String text, List<EvidenceLink> links) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, List.of());
        }
    }

    record Printable(String title, List<String> heading, Table table, String fileStem) {
    }

    @Transactional
    public ExportedFile roadmap(Caller caller, long roadmapId, String format) {
        DocumentFormat documentFormat = DocumentFormat.parse(format);
        RoadmapView r = roadmaps.get(caller, roadmapId, null);
        List<String> heading = new ArrayList<>();
        heading.add("Владелец: " + r.owner().name());
        heading.add("Направление: " + r.direction().code() + " " + r.direction().name());
        heading.add("Период: " + Roadmap.years(r.yearFrom(), r.yearTo()) + (r.yearFrom() == r.yearTo() ? " г." : " гг.") + "; отчётность — "
                + (r.periodicity() == ru.opora.roadmap.Periodicity.QUARTER ? "ежеквартально" : "раз в полугодие")
                + ", до " + r.reportDueDay() + "-го числа месяца, следующего за отчётным периодом");
        heading.add(approval(r.document()));
        heading.add("Статус: " + StatusText.of(r.status()) + (r.revision() > 1 ? ", редакция " + r.revision() : ""));
        if (r.goal() != null) {
            heading.add("Цель: " + r.goal());
        }
        if (r.tasks() != null) {
            heading.add("Задачи: " + r.tasks().replace("\n", "; "));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (SectionView section : r.sections()) {
            rows.add(List.of(Cell.of(section.title())));
            for (ItemView item : section.items()) {
                rows.add(List.of(Cell.of(item.number()), Cell.of(item.title()), Cell.of(item.timeframe()),
                        Cell.of(item.executors()), Cell.of(expected(item))));
            }
        }
        Table table = new Table(List.of("№ п/п", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"), rows,
                new int[] {8, 60, 20, 30, 40});
        // «Дорожная карта Каменского района … на 2025–2026 годы.docx», not «Дорожная карта 5.docx».
        return write(new Printable(r.title(), heading, table,
                FileNames.stem(r.title(),
                        r.title().contains(Integer.toString(r.yearFrom())) ? null
                        : Roadmap.years(r.yearFrom(), r.yearTo()))), documentFormat);
    }

    @Transactional
    public ExportedFile report(Caller caller, long roadmapId, String period, String format) {
        DocumentFormat documentFormat = DocumentFormat.parse(format);
        ReportView report = reports.get(caller, roadmapId, period);
        RoadmapView r = roadmaps.get(caller, roadmapId, null);
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(report.period());
        List<String> heading = new ArrayList<>();
        heading.add("Дорожная карта: " + r.title());
        heading.add("Исполнитель: " + r.owner().name());
        heading.add(approval(r.document()));
        heading.add("Срок сдачи отчёта: " + RussianDates.longDate(report.dueOn()));
        heading.add("Статус отчёта: " + StatusText.of(report.status()));
        if (report.submittedAt() != null) {
            heading.add("Сдан: " + RussianDates.dateTime(report.submittedAt()) + ", " + report.submittedByName());
        }
        if (report.reviewedAt() != null) {
            heading.add("Проверен: " + RussianDates.dateTime(report.reviewedAt()) + ", " + report.reviewedByName()
                    + (report.reviewComment() != null ? ". Комментарий: " + report.reviewComment() : ""));
        }
        List<List<Cell>> rows = new ArrayList<>();
        String section = null;
        for (ItemReportView item : report.items()) {
            if (!item.sectionTitle().equals(section)) {
                section = item.sectionTitle();
                rows.add(List.of(Cell.of(section)));
            }
            String done = item.doneText() == null ? "" : item.doneText();
            if (item.reason() != null) {
                done = (done.isEmpty() ? "" : done + "\n") + "Причина: " + item.reason();
            }
            // The methodological events that carried the item out in the period are evidence too.
            List<EvidenceLink> links = new ArrayList<>(item.evidence());
            item.events().stream().filter(e -> e.publicationUrl() != null).forEach(e -> links.add(new EvidenceLink(
                    e.publicationUrl(), "Мероприятие " + RussianDates.shortDate(e.heldOn()) + ": " + e.topic())));
            rows.add(List.of(Cell.of(item.number()), Cell.of(item.title()), Cell.of(item.timeframe()),
                    Cell.of(item.status() == null ? "нет отчёта" : ItemStatusText.of(item.status())), Cell.of(done),
                    new Cell(links.stream().map(EvidenceLink::title).collect(Collectors.joining("\n")), links),
                    Cell.of(value(item.actualValue(), item.plannedValue()))));
        }
        Table table = new Table(List.of("№ п/п", "Мероприятие", "Сроки", "Статус", "Что сделано", "Подтверждения",
                "Факт / план"), rows, new int[] {8, 45, 18, 14, 45, 35, 12});
        String title = "Отчёт о выполнении дорожной карты " + reportingPeriod.labelGenitive();
        // «Отчёт за III квартал 2026 г. — Дорожная карта Каменского района….docx», not «Отчёт 2026-Q3 по дорожной карте 5».
        return write(new Printable(title, heading, table,
                FileNames.stem("Отчёт за " + reportingPeriod.label() + " — " + r.title(), null)), documentFormat);
    }

    private static String approval(RoadmapDocument document) {
        return document == null ? "Не утверждена (черновик)"
                : "Утверждена: " + document.kind() + " от " + RussianDates.shortDate(document.date()) + " № "
                + document.number() + ", " + document.authority();
    }

    private static String expected(ItemView item) {
        String expected = item.expectedResult() == null ? "" : item.expectedResult();
        if (item.plannedIndicator() != null && item.plannedValue() != null) {
            expected = (expected.isEmpty() ? "" : expected + "\n") + "План: " + item.plannedIndicator() + " — "
                    + number(item.plannedValue());
        }
        return expected;
    }

    private static String value(BigDecimal actual, BigDecimal planned) {
        if (actual == null && planned == null) {
            return "";
        }
        return (actual == null ? "—" : number(actual)) + " / " + (planned == null ? "—" : number(planned));
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static ExportedFile write(Printable printable, DocumentFormat format) {
        byte[] content = format == DocumentFormat.XLSX ? xlsx(printable) : docx(printable);
        return new ExportedFile(printable.fileStem() + "." + format.extension(), format, content);
    }

    private static byte[] xlsx(Printable p) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Документ");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle titleStyle = workbook.createCellStyle();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            titleStyle.setFont(titleFont);
            titleStyle.setWrapText(true);
            CellStyle text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle section = bordered(workbook);
            section.setFont(bold);
            int columns = p.table().header().size();
            int rowIndex = 0;
            Row title = sheet.createRow(rowIndex++);
            title.createCell(0).setCellValue(p.title());
            title.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
            title.setHeightInPoints(36);
            for (String line : p.heading()) {
                Row row = sheet.createRow(rowIndex);
                row.createCell(0).setCellValue(line);
                sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
                rowIndex++;
            }
            rowIndex++;
            int headerRow = rowIndex;
            Row head = sheet.createRow(rowIndex++);
            for (int c = 0; c < columns; c++) {
                head.createCell(c).setCellValue(p.table().header().get(c));
                head.getCell(c).setCellStyle(header);
            }
            for (List<Cell> cells : p.table().rows()) {
                Row row = sheet.createRow(rowIndex);
                if (cells.size() == 1) {
                    for (int c = 0; c < columns; c++) {
                        row.createCell(c).setCellStyle(section);
                    }
                    row.getCell(0).setCellValue(cells.get(0).text());
                    sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
                } else {
                    for (int c = 0; c < cells.size(); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        Cell value = cells.get(c);
                        cell.setCellValue(value.links().isEmpty() ? value.text() : value.links().stream()
                                .map(link -> link.title() + " (" + link.url() + ")").collect(Collectors.joining("\n")));
                        cell.setCellStyle(text);
                    }
                }
                rowIndex++;
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, p.table().widths()[c] * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
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

    private static byte[] docx(Printable p) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setFontSize(14);
            titleRun.setText(p.title());
            for (String line : p.heading()) {
                XWPFRun run = document.createParagraph().createRun();
                run.setFontSize(11);
                run.setText(line);
            }
            List<String> header = p.table().header();
            XWPFTable table = document.createTable(1, header.size());
            table.setWidth("100%");
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < header.size(); c++) {
                write(head.getCell(c), header.get(c), true);
            }
            for (List<Cell> cells : p.table().rows()) {
                XWPFTableRow row = table.createRow();
                if (cells.size() == 1) {
                    write(row.getCell(0), cells.get(0).text(), true);
                    row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(header.size()));
                    while (row.getTableCells().size() > 1) {
                        row.removeCell(row.getTableCells().size() - 1);
                    }
                    row.getCtRow().getTcList().subList(1, row.getCtRow().getTcList().size()).clear();
                } else {
                    for (int c = 0; c < cells.size(); c++) {
                        Cell value = cells.get(c);
                        if (value.links().isEmpty()) {
                            write(row.getCell(c), value.text(), false);
                        } else {
                            links(row.getCell(c), value.links());
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    private static void write(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(10);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static void links(XWPFTableCell cell, List<EvidenceLink> links) {
        for (int i = 0; i < links.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            XWPFHyperlinkRun run = paragraph.createHyperlinkRun(links.get(i).url());
            run.setText(links.get(i).title());
            run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            run.setColor("0563C1");
            run.setFontSize(10);
        }
    }
}
