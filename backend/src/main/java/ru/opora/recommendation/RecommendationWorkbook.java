package ru.opora.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import ru.opora.common.export.ListWorkbook;
import ru.opora.common.export.ListWorkbook.Column;
import ru.opora.roadmap.transfer.RussianDates;

/** «Адресные рекомендации» as an XLSX list. */
final class RecommendationWorkbook {

    private RecommendationWorkbook() {
    }

    static String audience(Audience a) {
        return switch (a) {
            case ADMINISTRATION -> "администрация";
            case TEACHERS -> "педагоги";
            case PARENTS -> "родители";
            case STUDENTS -> "обучающиеся";
        };
    }

    static String basis(Basis b) {
        String kind = switch (b.kind()) {
            case IDENTIFICATION -> "Выявление ШНОР/ШНСУ";
            case RISK_FACTOR -> "Фактор риска";
            case INDICATOR_ANALYSIS -> "Анализ показателей";
            case MEETING_DECISION -> "Решение заседания";
            case CURATOR_VISIT -> "Визит куратора";
            case MONITORING -> "Мониторинг";
        };
        return kind + (b.referenceId() == null ? "" : " № " + b.referenceId()) + (b.reference() == null ? "" : ": " + b.reference());
    }

    static String status(RecommendationView r) {
        String status = switch (r.status()) {
            case ISSUED -> "выдана";
            case ANSWERED -> "получен ответ";
            case DONE -> "исполнена";
            case WITHDRAWN -> "отозвана";
        };
        return r.overdue() ? status + ", просрочена" : status;
    }

    static byte[] of(List<RecommendationView> rows, LocalDate asOf, long total) {
        List<String> notes = new ArrayList<>();
        notes.add("Просрочки — на " + RussianDates.shortDate(asOf) + ". Рекомендаций: " + total
                + (total > rows.size() ? " (выгружены первые " + rows.size() + ")" : ""));
        List<List<String>> lines = rows.stream().map(r -> List.of(
                Long.toString(r.id()), RussianDates.shortDate(r.issuedOn()), r.issuerName(), r.addressee().name(),
                r.audiences().stream().map(RecommendationWorkbook::audience).collect(Collectors.joining(", ")),
                r.text(), basis(r.basis()), RussianDates.shortDate(r.dueOn()), status(r),
                r.answer() == null ? "" : r.answer(),
                (r.doneText() == null ? "" : r.doneText()) + r.evidence().stream()
                        .map(e -> "\n" + e.title() + " (" + e.url() + ")").collect(Collectors.joining()))).toList();
        return ListWorkbook.of("Рекомендации", "Адресные рекомендации", notes, List.of(new Column("№", 8),
                new Column("Дата", 12), new Column("Выдал", 30), new Column("Адресат", 30), new Column("Для кого", 18),
                new Column("Рекомендация", 60), new Column("Основание", 30), new Column("Срок", 12),
                new Column("Статус", 16), new Column("Ответ", 40), new Column("Исполнение", 50)), lines);
    }
}
