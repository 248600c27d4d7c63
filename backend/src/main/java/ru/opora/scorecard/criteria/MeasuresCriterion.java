package ru.opora.scorecard.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import ru.opora.scorecard.Criterion;
import ru.opora.scorecard.Evaluation;
import ru.opora.scorecard.Figure;
import ru.opora.scorecard.MunicipalityFacts;
import ru.opora.scorecard.MunicipalityFacts.ExecutionFacts;
import ru.opora.scorecard.Threshold;

/**
 * 2. The reported measures match the roadmap: of the items whose term falls in the year and has begun (cancelled ones
 * with their reason apart), the share reported done in the accepted reports of the year's periods (an item of the whole
 * period counts when reported in progress); a report accepted a moment ago counts at once. Shown beside it: the share
 * reported at all, the items done whose report awaits review and the items never reported.
 */
@ApplicationScoped
public class MeasuresCriterion implements CriterionEvaluator {

    @Override
    public Criterion criterion() {
        return Criterion.MEASURES;
    }

    @Override
    public Evaluation evaluate(MunicipalityFacts facts, Threshold threshold) {
        ExecutionFacts e = facts.execution();
        long stamp = facts.roadmap().exists() ? facts.roadmap().id() * 1_000_003L + e.stamp() : 0;
        if (!facts.roadmap().exists()) {
            return Evaluation.scored(criterion(), java.math.BigDecimal.ZERO, threshold, List.of(),
                    "Нет дорожной карты: сверять отчёты не с чем.", stamp);
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count("planned", "Мероприятий со сроком в году (на дату)", e.planned()));
        figures.add(Figure.of("reported", "Включены в сданные отчёты", e.reported(), e.planned()));
        figures.add(Figure.of("done", "Выполнены по принятым отчётам", e.done(), e.planned()));
        figures.add(Figure.count("awaiting", "Выполнены, отчёт на проверке", e.awaiting()));
        figures.add(Figure.count("neverReported", "Ни разу не включались в отчёты", e.neverReported()));
        figures.add(Figure.count("cancelled", "Отменены с обоснованием", e.cancelled()));
        if (e.planned() == 0) {
            return Evaluation.noData(criterion(), figures,
                    "Срок ни одного мероприятия дорожной карты в " + facts.year() + " году ещё не наступил.", stamp);
        }
        return Evaluation.scored(criterion(), Evaluation.share(e.done(), e.planned()), threshold, figures,
                e.neverReported() > 0 ? "Мероприятий, ни разу не включённых в отчёты: " + e.neverReported() + "." : null,
                stamp);
    }
}
