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
 * ministry edits before the note is generated. Problems name the municipalities that did not meet a criterion, leading
 * factors the criteria most municipalities met and the measures that worked, recommendations the services to act.
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
                + "; в " + (view.year() - 1) + " году — " + roadmap.previousMet() + ".";
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

    private static String factors(RegionView view) {
        List<String> lines = new ArrayList<>();
        int total = view.municipalities().size();
        for (CriterionSummary s : view.criteria()) {
            if (total > 0 && s.met() * 2 >= total) {
                lines.add("Критерий " + s.number() + " " + RussianText.quoted(s.title()) + " выполнен: "
                        + RussianText.municipalities(s.met(), total) + ".");
            }
        }
        for (EffectRow row : view.effectiveness()) {
            if (row.municipalityId() == null && row.verdict() == EffectVerdict.BETTER) {
                String name = view.effectIndicators().stream().filter(i -> i.code().equals(row.indicatorCode()))
                        .map(EffectIndicator::name).findFirst().orElse(row.indicatorCode());
                lines.add("У школ программы показатель " + RussianText.quoted(name) + " изменился к лучшему сильнее,"
                        + " чем у остальных школ (разность изменений " + RussianText.number(row.difference()) + ").");
            }
        }
        return lines.isEmpty() ? "Ведущих факторов по данным системы не выявлено: ни один критерий не выполнен"
                + " большинством муниципалитетов." : String.join("\n", lines);
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
