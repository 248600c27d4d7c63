package ru.opora.scorecard.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.opora.scorecard.Criterion;
import ru.opora.scorecard.Evaluation;
import ru.opora.scorecard.Figure;
import ru.opora.scorecard.MunicipalityFacts;
import ru.opora.scorecard.MunicipalityFacts.ExecutionFacts;
import ru.opora.scorecard.Threshold;

/**
 * 6. Information support of the measures: of the items reported done in the year, the share whose report carries
 * evidence — a link to a document or publication, or an attached file. Nothing reported done means nothing published.
 */
@ApplicationScoped
public class PublicityCriterion implements CriterionEvaluator {

    @Override
    public Criterion criterion() {
        return Criterion.PUBLICITY;
    }

    @Override
    public Evaluation evaluate(MunicipalityFacts facts, Threshold threshold) {
        ExecutionFacts e = facts.execution();
        long stamp = facts.roadmap().exists() ? facts.roadmap().id() * 1_000_003L + e.stamp() : 0;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("evidenced", "Выполненные мероприятия с подтверждением", e.doneWithEvidence(), e.done()));
        figures.add(Figure.count("links", "Ссылок на документы и публикации", e.links()));
        figures.add(Figure.count("attachments", "Приложенных файлов", e.attachments()));
        if (e.done() == 0) {
            return Evaluation.scored(criterion(), BigDecimal.ZERO, threshold, figures,
                    "Нет мероприятий, отмеченных в отчётах года выполненными: подтверждать нечего.", stamp);
        }
        return Evaluation.scored(criterion(), Evaluation.share(e.doneWithEvidence(), e.done()), threshold, figures,
                null, stamp);
    }
}
