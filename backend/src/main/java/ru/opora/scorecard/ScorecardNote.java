package ru.opora.scorecard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import ru.opora.scorecard.ScorecardViews.Cell;
import ru.opora.scorecard.ScorecardViews.CriterionSummary;
import ru.opora.scorecard.ScorecardViews.EffectGroup;
import ru.opora.scorecard.ScorecardViews.EffectIndicator;
import ru.opora.scorecard.ScorecardViews.EffectRow;
import ru.opora.scorecard.ScorecardViews.RegionView;
import ru.opora.scorecard.ScorecardViews.Row;

/**
 * The analytical note of seed 002 as DOCX, written only from a snapshot (its frozen content and the expert's texts), so
 * the same snapshot gives the same text: the as-of date and the content hash are printed; the document's dates are the
 * snapshot's, not the moment of writing. Sections: context and counts, findings per criterion naming the
 * municipalities, the effectiveness of measures, problems, leading factors, recommendations, and an appendix table.
 */
final class ScorecardNote {

    private ScorecardNote() {
    }

    static byte[] write(ScorecardSnapshot snapshot) {
        RegionView view = snapshot.content;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Date asOf = Date.from(snapshot.asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
            document.getProperties().getCoreProperties().setCreated(Optional.of(asOf));
            document.getProperties().getCoreProperties().setModified(Optional.of(asOf));
            document.getProperties().getCoreProperties().setTitle("Аналитическая записка " + view.year());
            paragraph(document, "Аналитическая записка", 14, true, ParagraphAlignment.CENTER);
            paragraph(document, "об итогах анализа реализации муниципальных дорожных карт по направлению «Система работы"
                    + " со школами с низкими результатами обучения» за " + view.year() + " год (" + view.regionName() + ")",
                    12, true, ParagraphAlignment.CENTER);
            paragraph(document, "Данные на " + RussianText.dateInText(snapshot.asOf) + " Снимок № " + snapshot.id
                    + ", контрольная сумма SHA-256: " + snapshot.contentHash, 9, false, ParagraphAlignment.LEFT);

            heading(document, "1. Общие сведения");
            text(document, snapshot.texts.context());
            int total = view.municipalities().size();
            for (CriterionSummary s : view.criteria()) {
                text(document, "Критерий " + s.number() + " " + RussianText.quoted(s.title()) + " выполнен: "
                        + s.met() + " из " + total + " (в " + view.previousYear() + " году — " + s.previousMet() + ").");
            }

            heading(document, "2. Результаты по критериям");
            for (CriterionSummary s : view.criteria()) {
                text(document, findings(view, s));
            }

            List<EffectRow> region = view.effectiveness().stream().filter(r -> r.municipalityId() == null).toList();
            if (!region.isEmpty()) {
                heading(document, "3. Эффективность мер");
                text(document, "Изменение среднего значения показателя с " + view.previousYear() + " по " + view.year()
                        + " год у школ программы и у остальных школ региона (школы со значениями обоих лет).");
                for (EffectRow row : region) {
                    text(document, effect(view, row));
                }
            }
            int next = region.isEmpty() ? 3 : 4;
            heading(document, next + ". Проблемы");
            text(document, snapshot.texts.problems());
            heading(document, (next + 1) + ". Ведущие факторы");
            text(document, snapshot.texts.factors());
            heading(document, (next + 2) + ". Рекомендации муниципальным службам");
            text(document, snapshot.texts.recommendations());

            paragraph(document, "Приложение. Оценка муниципальных дорожных карт по критериям", 12, true,
                    ParagraphAlignment.LEFT).setPageBreak(true);
            appendix(document, view);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** «Критерий 1 …: выполнен — A, B (2 из 22); частично — C; не выполнен — D; нет данных — E.» */
    static String findings(RegionView view, CriterionSummary s) {
        List<String> parts = new ArrayList<>();
        for (Mark mark : Mark.values()) {
            List<String> names = NoteSuggestions.named(view, s.criterion(), mark);
            if (!names.isEmpty()) {
                parts.add(MarkText.of(mark) + " — " + String.join(", ", names) + " (" + names.size() + " из "
                        + view.municipalities().size() + ")");
            }
        }
        return "Критерий " + s.number() + " " + RussianText.quoted(s.title()) + ": " + String.join("; ", parts) + ".";
    }

    private static String effect(RegionView view, EffectRow row) {
        EffectIndicator indicator = view.effectIndicators().stream().filter(i -> i.code().equals(row.indicatorCode()))
                .findFirst().orElseThrow();
        String unit = indicator.unit() == null ? "" : "\u00a0" + indicator.unit();
        return RussianText.quoted(indicator.name()) + ": школы программы — " + group(row.programme(), unit)
                + "; остальные — " + group(row.others(), unit) + (row.difference() == null
                ? "; сравнить с остальными школами нельзя" : "; разность изменений — " + RussianText.number(row.difference()))
                + "; итог: " + verdict(row.verdict()) + ".";
    }

    static String verdict(ScorecardViews.EffectVerdict verdict) {
        return switch (verdict) {
            case BETTER -> "лучше остальных школ";
            case WORSE -> "хуже остальных школ";
            case SAME -> "так же, как остальные";
            case IMPROVED -> "лучше прошлого года";
            case DECLINED -> "хуже прошлого года";
            case NO_DATA -> "данных для сравнения нет";
        };
    }

    private static String group(EffectGroup g, String unit) {
        if (g.schools() == 0) {
            return "нет школ со значениями обоих лет";
        }
        return RussianText.number(g.previous()) + unit + " → " + RussianText.number(g.current()) + unit + " ("
                + g.schools() + " " + RussianText.plural(g.schools(), "школа", "школы", "школ") + ")";
    }

    private static void appendix(XWPFDocument document, RegionView view) {
        XWPFTable table = document.createTable(1, Criterion.values().length + 3);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        cell(head.getCell(0), "№ п/п", true);
        cell(head.getCell(1), "Муниципальное образование", true);
        for (Criterion c : Criterion.values()) {
            cell(head.getCell(1 + c.number()), c.number() + ". " + c.title(), true);
        }
        cell(head.getCell(Criterion.values().length + 2), "Выполнено критериев", true);
        int n = 0;
        for (Row row : view.municipalities()) {
            XWPFTableRow line = table.createRow();
            cell(line.getCell(0), Integer.toString(++n), false);
            cell(line.getCell(1), row.municipalityName(), false);
            for (Cell c : row.cells()) {
                cell(line.getCell(1 + c.criterion().number()), MarkText.of(c.mark()) + (c.expert() ? " (эксперт)" : ""),
                        false);
            }
            cell(line.getCell(Criterion.values().length + 2), row.metCount() + " из " + Criterion.values().length, false);
        }
        XWPFTableRow totals = table.createRow();
        cell(totals.getCell(1), "Выполнили критерий", true);
        for (CriterionSummary s : view.criteria()) {
            cell(totals.getCell(1 + s.number()), s.met() + " из " + s.total(), true);
        }
    }

    private static void heading(XWPFDocument document, String text) {
        paragraph(document, text, 12, true, ParagraphAlignment.LEFT);
    }

    /** The text's paragraphs (one per line), justified as in an official note. */
    private static void text(XWPFDocument document, String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                paragraph(document, line.strip(), 12, false, ParagraphAlignment.BOTH).setFirstLineIndent(709);
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, int size, boolean bold,
                                           ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return paragraph;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(9);
        run.setBold(bold);
        run.setText(text);
    }
}
