package ru.opora.scorecard;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.opora.scorecard.criteria.CriterionEvaluator;

/** Computes every criterion of a municipality's year with its evaluator against the region's thresholds. */
@ApplicationScoped
public class ScorecardCalculator {

    private final List<CriterionEvaluator> evaluators;

    ScorecardCalculator(@All List<CriterionEvaluator> evaluators) {
        this.evaluators = evaluators.stream().sorted(Comparator.comparing(CriterionEvaluator::criterion)).toList();
        if (this.evaluators.stream().map(CriterionEvaluator::criterion).distinct().count() != Criterion.values().length) {
            throw new IllegalStateException("Every criterion needs exactly one evaluator: " + this.evaluators);
        }
    }

    /** The six evaluations in the order of the criteria. */
    public Map<Criterion, Evaluation> evaluate(MunicipalityFacts facts, ScorecardSettings settings) {
        Map<Criterion, Evaluation> result = new EnumMap<>(Criterion.class);
        for (CriterionEvaluator evaluator : evaluators) {
            result.put(evaluator.criterion(), evaluator.evaluate(facts, settings.threshold(evaluator.criterion())));
        }
        return result;
    }
}
