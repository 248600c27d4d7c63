package ru.opora.scorecard.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import ru.opora.scorecard.Criterion;

/** 5. Recommendations issued to the municipality's ШНОР and answered: not computed until its data is kept. */
@ApplicationScoped
public class RecommendationsCriterion extends NotYetComputed {

    @Override
    public Criterion criterion() {
        return Criterion.RECOMMENDATIONS;
    }

    @Override
    String missing() {
        return "адресные рекомендации школам и ответы на них";
    }
}
