package ru.opora.scorecard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.opora.scorecard.ScorecardViews.Cell;
import ru.opora.scorecard.ScorecardViews.CriterionSummary;
import ru.opora.scorecard.ScorecardViews.EffectIndicator;
import ru.opora.scorecard.ScorecardViews.EffectRow;
import ru.opora.scorecard.ScorecardViews.EffectVerdict;
import ru.opora.scorecard.ScorecardViews.RegionView;
import ru.opora.scorecard.ScorecardViews.Row;

/**
 * The expert's text blocks pre-filled from the marks of a snapshot: suggestions in the manner of seed 002 that the
 * ministry edits before the note is generated. The context counts and names where support works and which indicators
 * improved; problems name the municipalities that did not meet a criterion; leading factors, as in the seed, are what
 * brought the problems about; recommendations tell the municipal services what to do.
 */
final class NoteSuggestions {

    /** What the municipal services are advised to do about a criterion they did not meet. */
    private static final Map<Criterion, String> ADVICE = new EnumMap<>(Map.of(
            Criterion.ROADMAP, "разработать и утвердить муниципальную дорожную карту по направлению 1.2 на год",
            Criterion.MEASURES, "включать в отчёты об исполнении все мероприятия дорожной карты со сроком в периоде"
                    + " и сдавать отчёты в срок",
            Criterion.SUPPORT, "организовать для каждой ШНОР методическое сопровождение: мероприятия, выезды кураторов,"
                    + " школу-партнёра",
            Criterion.MONITORING, "обеспечить полноту данных школ в сборах и анализировать динамику результатов ШНОР",
            Criterion.RECOMMENDATIONS, "выдать каждой ШНОР адресные рекомендации по итогам мониторинга и получить ответы",
            Criterion.PUBLICITY, "размещать сведения о проведённых мероприятиях на сайтах и прикладывать подтверждения"
                    + " к отчётам"));

    /** The usual cause of a criterion missed, in the words of seed 002. */
    private static final Map<Criterion, String> CAUSE = new EnumMap<>(Map.of(
            Criterion.ROADMAP, "Формальный подход к проектированию муниципальных дорожных карт",
            Criterion.MEASURES, "Исполнение мероприятий дорожных карт не в полном объёме и без отчётов в срок",
            Criterion.SUPPORT, "Недостаточное организационно-методическое сопровождение школ и взаимодействие"
                    + " муниципальных методических служб, кураторов и управленческих команд ШНОР",
            Criterion.MONITORING, "Отсутствие анализа данных мониторинга динамики образовательных результатов",
            Criterion.RECOMMENDATIONS, "Отсутствие рекомендаций и решений по итогам мониторинга",
            Criterion.PUBLICITY, "Слабое освещение методических мероприятий в информационном пространстве муниципалитета"));

    private NoteSuggestions() {
    }

    static NoteTexts of(RegionView view) {
        return new NoteTexts(context(view), problems(view), factors(view), recommendations(view));
    }

    private static String context(RegionView view) {
        int total = view.municipalities().size();
        CriterionSummary roadmap = summary(view, Criterion.ROADMAP);
        return "Проведён анализ реализации муниципальных дорожных карт по направлению «Система работы со школами"
                + " с низкими результатами обучения» за " + view.year() + " год по данным системы «Опора» на "
                + RussianText.dateInText(view.asOf()) + " Оценено муниципалитетов: " + total + ", по шести критериям.\n"
                + "Утверждённые дорожные карты имеют " + RussianText.municipalities(roadmap.met(), total)
                + "; в " + (view.year() - 1) + " году — " + roadmap.previousMet() + "."
                + supported(view) + improved(view);
    }

    /** Where the support of ШНОР is met, as seed 002 names the municipalities that do it well. */
    private static String supported(RegionView view) {
        List<String> names = named(view, Criterion.SUPPORT, Mark.MET);
        return names.isEmpty() ? "" : "\nАдресное методическое сопровождение ШНОР ведётся: " + String.join(", ", names) + ".";
    }

    /** The indicators on which the programme's schools did better than the others. */
    private static String improved(RegionView view) {
        List<String> lines = new ArrayList<>();
        for (EffectRow row : view.effectiveness()) {
            if (row.municipalityId() == null && row.verdict() == EffectVerdict.BETTER) {
                String name = view.effectIndicators().stream().filter(i -> i.code().equals(row.indicatorCode()))
                        .map(EffectIndicator::name).findFirst().orElse(row.indicatorCode());
                lines.add("\nУ школ программы показатель " + RussianText.quoted(name) + " изменился к лучшему сильнее,"
                        + " чем у остальных школ (разность изменений " + RussianText.number(row.difference()) + ").");
            }
        }
        return String.join("", lines);
    }

    private static String problems(RegionView view) {
        List<String> lines = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            List<String> notMet = named(view, c, Mark.NOT_MET);
            List<String> partly = named(view, c, Mark.PARTLY);
            if (notMet.isEmpty() && partly.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder("Критерий ").append(c.number()).append(" ")
                    .append(RussianText.quoted(c.title())).append(":");
            if (!notMet.isEmpty()) {
                line.append(" не выполнен — ").append(String.join(", ", notMet));
            }
            if (!partly.isEmpty()) {
                line.append(notMet.isEmpty() ? " " : "; ").append("выполнен частично — ").append(String.join(", ", partly));
            }
            lines.add(line.append('.').toString());
        }
        return lines.isEmpty() ? "Существенных проблем по данным системы не выявлено." : String.join("\n", lines);
    }

    /**
     * Leading factors as seed 002 means them: what brought the problems about. Each criterion that many municipalities
     * missed suggests its usual cause; the expert keeps, rewrites or drops them.
     */
    private static String factors(RegionView view) {
        List<String> lines = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            int behind = named(view, c, Mark.NOT_MET).size() + named(view, c, Mark.PARTLY).size();
            if (behind > 0) {
                lines.add(CAUSE.get(c) + ": " + RussianText.municipalities(behind) + " из " + view.municipalities().size() + ".");
            }
        }
        return lines.isEmpty() ? "Факторов, определивших проблемы, по данным системы не выявлено." : String.join("\n", lines);
    }

    private static String recommendations(RegionView view) {
        List<String> lines = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            List<String> behind = new ArrayList<>(named(view, c, Mark.NOT_MET));
            behind.addAll(named(view, c, Mark.PARTLY));
            if (!behind.isEmpty()) {
                String advice = ADVICE.get(c);
                lines.add(Character.toUpperCase(advice.charAt(0)) + advice.substring(1) + " ("
                        + String.join(", ", behind) + ").");
            }
        }
        return lines.isEmpty() ? "Продолжить работу по утверждённым дорожным картам." : String.join("\n", lines);
    }

    /** The municipalities whose final mark of the criterion is the given one, in the table's order. */
    static List<String> named(RegionView view, Criterion criterion, Mark mark) {
        List<String> names = new ArrayList<>();
        for (Row row : view.municipalities()) {
            for (Cell cell : row.cells()) {
                if (cell.criterion() == criterion && cell.mark() == mark) {
                    names.add(row.municipalityName());
                }
            }
        }
        return names;
    }

    static CriterionSummary summary(RegionView view, Criterion criterion) {
        return view.criteria().stream().filter(s -> s.criterion() == criterion).findFirst().orElseThrow();
    }
}
