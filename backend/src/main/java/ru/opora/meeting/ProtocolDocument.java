package ru.opora.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import ru.opora.roadmap.transfer.RussianDates;

/**
 * The protocol in the layout of the documents it replaces (seed 000): the authority, «ПРОТОКОЛ № …», what meeting,
 * the date and place, Председатель, Секретарь, Присутствовали, ПОВЕСТКА ДНЯ, then per question СЛУШАЛИ / ВЫСТУПИЛИ /
 * ПОСТАНОВИЛИ with the executors and due dates, the votes, and the signatures.
 */
final class ProtocolDocument {

    private static final String FONT = "Times New Roman";

    private ProtocolDocument() {
    }

    static String fileName(MeetingView m) {
        String name = "Протокол" + (m.number() == null ? "" : " № " + m.number()) + " от "
                + RussianDates.shortDate(m.heldOn()) + (m.revision() > 1 ? " (редакция " + m.revision() + ")" : "");
        return ru.opora.common.web.FileNames.stem(name, null) + ".docx";
    }

    static byte[] render(MeetingView m) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (m.status() == MeetingStatus.DRAFT) {
                paragraph(document, ParagraphAlignment.RIGHT, true, "ПРОЕКТ" + (m.revision() > 1
                        ? " (исправление, редакция " + m.revision() + ")" : ""));
            }
            paragraph(document, ParagraphAlignment.CENTER, false, m.authority() != null ? m.authority() : m.owner().name());
            paragraph(document, ParagraphAlignment.CENTER, true, "ПРОТОКОЛ" + (m.number() == null ? "" : " № " + m.number()));
            paragraph(document, ParagraphAlignment.CENTER, true, m.title());
            paragraph(document, ParagraphAlignment.LEFT, false, RussianDates.shortDate(m.heldOn()));
            if (m.place() != null) {
                labelled(document, "Место проведения: ", m.place());
            }
            if (m.revision() > 1 && m.revisionReason() != null) {
                labelled(document, "Редакция " + m.revision() + ". Причина исправления: ", m.revisionReason());
            }
            if (m.chair() != null) {
                labelled(document, "Председатель: ", m.chair());
            }
            if (m.secretary() != null) {
                labelled(document, "Секретарь: ", m.secretary());
            }
            List<String> present = new ArrayList<>();
            if (m.attendeesCount() != null) {
                present.add(m.attendeesCount() + " чел.");
            }
            if (!m.participants().isEmpty()) {
                present.add(String.join("; ", m.participants()));
            }
            if (!present.isEmpty()) {
                labelled(document, "Присутствовали: ", String.join(". ", present));
            }
            paragraph(document, ParagraphAlignment.CENTER, true, "ПОВЕСТКА ДНЯ");
            for (AgendaItemView item : m.agenda()) {
                paragraph(document, ParagraphAlignment.BOTH, false, item.position() + ". " + item.title());
            }
            for (AgendaItemView item : m.agenda()) {
                paragraph(document, ParagraphAlignment.BOTH, true, item.position() + ". " + item.title());
                for (Speech speech : item.heard()) {
                    labelled(document, "СЛУШАЛИ: ", said(speech));
                }
                for (Speech speech : item.spoke()) {
                    labelled(document, "ВЫСТУПИЛИ: ", said(speech));
                }
                if (!item.controlledDecisions().isEmpty()) {
                    labelled(document, "Контроль исполнения решений: ", "");
                    for (DecisionView d : item.controlledDecisions()) {
                        paragraph(document, ParagraphAlignment.BOTH, false, "— " + d.number() + ". " + d.text()
                                + " (протокол" + (d.meeting().number() == null ? "" : " № " + d.meeting().number())
                                + " от " + RussianDates.shortDate(d.meeting().heldOn()) + "; срок "
                                + RussianDates.shortDate(d.dueOn()) + "): " + (d.status() == DecisionStatus.DONE
                                ? "исполнено" + (d.doneText() == null ? "" : " — " + d.doneText()) : "не исполнено"));
                    }
                }
                if (!item.decisions().isEmpty()) {
                    paragraph(document, ParagraphAlignment.LEFT, true, "ПОСТАНОВИЛИ:");
                    for (DecisionView d : item.decisions()) {
                        paragraph(document, ParagraphAlignment.BOTH, false, decision(d));
                    }
                }
                if (item.votes() != null) {
                    paragraph(document, ParagraphAlignment.LEFT, false, votes(item.votes()));
                }
            }
            paragraph(document, ParagraphAlignment.LEFT, false, "");
            paragraph(document, ParagraphAlignment.LEFT, false, "Председатель ____________ "
                    + (m.chair() == null ? "" : m.chair()));
            paragraph(document, ParagraphAlignment.LEFT, false, "Секретарь ____________ "
                    + (m.secretary() == null ? "" : m.secretary()));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String said(Speech speech) {
        return speech.speaker() + (speech.summary() == null ? "" : ", " + speech.summary());
    }

    static String decision(DecisionView d) {
        StringBuilder text = new StringBuilder(d.number()).append(". ").append(d.text());
        String executor = d.executorName() != null ? d.executorName() : d.executor() == null ? null : d.executor().name();
        if (executor != null || d.executorPerson() != null) {
            text.append(" Ответственный: ").append(executor == null ? "" : executor)
                    .append(d.executorPerson() == null ? "" : (executor == null ? "" : ", ") + d.executorPerson()).append('.');
        }
        if (d.dueOn() != null) {
            text.append(" Срок: ").append(RussianDates.shortDate(d.dueOn())).append('.');
        }
        return text.toString();
    }

    static String votes(Votes votes) {
        if (votes.unanimous()) {
            return "Голосовали единогласно.";
        }
        return "Голосовали: «за» — " + count(votes.votesFor()) + ", «против» — " + count(votes.against())
                + ", «воздержались» — " + count(votes.abstained()) + ".";
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }

    private static void labelled(XWPFDocument document, String label, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        run(paragraph, label, true);
        run(paragraph, text, false);
    }

    private static void paragraph(XWPFDocument document, ParagraphAlignment alignment, boolean bold, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        run.setText(text);
    }
}
