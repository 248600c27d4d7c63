package ru.opora.scorecard.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import ru.opora.scorecard.Criterion;
import ru.opora.scorecard.Evaluation;
import ru.opora.scorecard.Figure;
import ru.opora.scorecard.MunicipalityFacts;
import ru.opora.scorecard.MunicipalityFacts.RecommendationFacts;
import ru.opora.scorecard.Threshold;

/**
 * 5. Recommendations for the municipality's ШНОР, and answered: the mean of the share of its programme's schools that
 * were issued a recommendation in the year and the share of those recommendations answered (or done). Without any
 * recommendation the score is zero: the schools were left without advice.
 */
@ApplicationScoped
public class RecommendationsCriterion implements CriterionEvaluator {

    @Override
    public Criterion criterion() {
        return Criterion.RECOMMENDATIONS;
    }

    @Override
    public Evaluation evaluate(MunicipalityFacts facts, Threshold threshold) {
        RecommendationFacts r = facts.recommendations();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count("programmeSchools", "Школ программы (ШНОР) в году", r.programmeSchools()));
        figures.add(Figure.of("schools", "Получили рекомендации", r.schools(), r.programmeSchools()));
        figures.add(Figure.count("issued", "Рекомендаций выдано", r.issued()));
        figures.add(Figure.of("answered", "Школы ответили (в том числе выполнили)", r.answered(), r.issued()));
        figures.add(Figure.of("done", "Выполнены", r.done(), r.issued()));
        figures.add(Figure.count("overdue", "Без ответа после срока", r.overdue()));
        if (r.programmeSchools() == 0) {
            return Evaluation.noData(criterion(), figures,
                    "В " + facts.year() + " году у муниципалитета нет школ программы: рекомендовать некому.", r.stamp());
        }
        if (r.issued() == 0) {
            return Evaluation.scored(criterion(), BigDecimal.ZERO, threshold, figures,
                    "Школам программы в " + facts.year() + " году не выдано ни одной рекомендации.", r.stamp());
        }
        BigDecimal score = Evaluation.share(r.schools(), r.programmeSchools())
                .add(Evaluation.share(r.answered(), r.issued()))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        String reason = r.overdue() > 0 ? "Рекомендаций без ответа после срока: " + r.overdue() + "."
                : r.schools() < r.programmeSchools()
                ? "Школ программы без рекомендаций: " + (r.programmeSchools() - r.schools()) + "." : null;
        return Evaluation.scored(criterion(), score, threshold, figures, reason, r.stamp());
    }
}
