package ru.opora.scorecard.criteria;

import ru.opora.scorecard.Criterion;
import ru.opora.scorecard.Evaluation;
import ru.opora.scorecard.MunicipalityFacts;
import ru.opora.scorecard.Threshold;

/** Computes one criterion of a municipality's year from its facts: the mark, the score and the figures behind it. */
public interface CriterionEvaluator {

    Criterion criterion();

    Evaluation evaluate(MunicipalityFacts facts, Threshold threshold);
}
