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
import ru.opora.scorecard.MunicipalityFacts.ExecutionFacts;
import ru.opora.scorecard.MunicipalityFacts.PublicationFacts;
import ru.opora.scorecard.Threshold;

/**
 * 6. Information support of the measures: of the roadmap's items reported done in the year, the share whose report
 * carries evidence (a link to a document or publication, or an attached file); when the municipality and its schools
 * held methodological events, the score is the mean of that share and the share of events with a publication.
 * Nothing reported done and no events means nothing published.
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
        PublicationFacts p = facts.publications();
        long stamp = (facts.roadmap().exists() ? facts.roadmap().id() * 1_000_003L + e.stamp() : 0) ^ p.stamp();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("evidenced", "Выполненные мероприятия с подтверждением", e.doneWithEvidence(), e.done()));
        figures.add(Figure.count("links", "Ссылок на документы и публикации", e.links()));
        figures.add(Figure.count("attachments", "Приложенных файлов", e.attachments()));
        figures.add(Figure.of("publishedEvents", "Методические мероприятия с публикацией", p.published(), p.events()));
        BigDecimal items = Evaluation.share(e.doneWithEvidence(), e.done());
        BigDecimal events = Evaluation.share(p.published(), p.events());
        if (items == null && events == null) {
            return Evaluation.scored(criterion(), BigDecimal.ZERO, threshold, figures,
                    "Нет ни мероприятий, отмеченных в отчётах года выполненными, ни методических мероприятий:"
                            + " подтверждать нечего.", stamp);
        }
        BigDecimal score = items == null ? events : events == null ? items
                : items.add(events).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        String reason = e.done() > e.doneWithEvidence()
                ? "Выполненных мероприятий без подтверждения: " + (e.done() - e.doneWithEvidence()) + "."
                : p.events() > p.published() ? "Методических мероприятий без публикации: " + (p.events() - p.published()) + "."
                : null;
        return Evaluation.scored(criterion(), score, threshold, figures, reason, stamp);
    }
}
