package ru.opora.scorecard.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.opora.scorecard.Criterion;
import ru.opora.scorecard.Evaluation;
import ru.opora.scorecard.Figure;
import ru.opora.scorecard.MunicipalityFacts;
import ru.opora.scorecard.MunicipalityFacts.RoadmapFacts;
import ru.opora.scorecard.RussianText;
import ru.opora.scorecard.Threshold;

/**
 * 1. A municipal roadmap of direction 1.2 exists for the year and is approved: 100 when approved (in execution or
 * completed) with its approving document, 50 while it is only a draft, 0 when there is none.
 */
@ApplicationScoped
public class RoadmapCriterion implements CriterionEvaluator {

    static final BigDecimal APPROVED = BigDecimal.valueOf(100);
    static final BigDecimal DRAFT = BigDecimal.valueOf(50);

    @Override
    public Criterion criterion() {
        return Criterion.ROADMAP;
    }

    @Override
    public Evaluation evaluate(MunicipalityFacts facts, Threshold threshold) {
        RoadmapFacts roadmap = facts.roadmap();
        List<Figure> figures = new ArrayList<>();
        if (!roadmap.exists()) {
            figures.add(Figure.count("exists", "Дорожная карта по направлению 1.2 на год", 0));
            return Evaluation.scored(criterion(), BigDecimal.ZERO, threshold, figures,
                    "Нет муниципальной дорожной карты по направлению 1.2 на " + facts.year() + " год.", 0);
        }
        figures.add(Figure.count("exists", "Дорожная карта по направлению 1.2 на год", 1));
        figures.add(Figure.text("title", "Дорожная карта", roadmap.title()));
        figures.add(Figure.text("status", "Статус", RussianText.status(roadmap.status())));
        if (roadmap.document() != null) {
            figures.add(Figure.text("document", "Утверждена", roadmap.document().kind() + " № "
                    + roadmap.document().number() + " от " + RussianText.date(roadmap.document().date()) + ", "
                    + roadmap.document().authority()));
        }
        long stamp = roadmap.id() * 1_000_003L + roadmap.version();
        if (!roadmap.approved()) {
            return Evaluation.scored(criterion(), DRAFT, threshold, figures, roadmap.revision() > 1
                    ? "Дорожная карта на доработке (редакция " + roadmap.revision() + "), новая редакция не утверждена."
                    : "Дорожная карта не утверждена: это черновик.", stamp);
        }
        return Evaluation.scored(criterion(), APPROVED, threshold, figures, null, stamp);
    }
}
