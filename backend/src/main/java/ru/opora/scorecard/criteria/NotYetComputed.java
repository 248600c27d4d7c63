package ru.opora.scorecard.criteria;

import java.util.List;
import ru.opora.scorecard.Criterion;
import ru.opora.scorecard.Evaluation;
import ru.opora.scorecard.MunicipalityFacts;
import ru.opora.scorecard.Threshold;

/**
 * A criterion whose data the system does not hold yet: shown as «нет данных» with the reason, never given a mark.
 * Criteria 3 and 5 read the methodological support (events, curators' visits, partner schools) and the
 * recommendations to schools, which are kept by a feature still to come.
 */
abstract class NotYetComputed implements CriterionEvaluator {

    abstract String missing();

    @Override
    public Evaluation evaluate(MunicipalityFacts facts, Threshold threshold) {
        return Evaluation.noData(criterion(), List.of(), "Не вычисляется: в системе пока не ведутся " + missing() + ".", 0);
    }
}
