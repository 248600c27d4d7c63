package ru.opora.identification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.security.Caller;

/** «What if»: a criteria set or a single rule run over the caller's region, nothing stored. */
@ApplicationScoped
public class DryRunService {

    private final CriteriaSetService sets;
    private final CriteriaSetViews views;
    private final Evaluator evaluator;
    private final RuleCatalogue catalogue;

    DryRunService(CriteriaSetService sets, CriteriaSetViews views, Evaluator evaluator, RuleCatalogue catalogue) {
        this.sets = sets;
        this.views = views;
        this.evaluator = evaluator;
        this.catalogue = catalogue;
    }

    @Transactional
    public DryRunView run(Caller caller, long setId) {
        CriteriaSet set = sets.visible(caller, setId);
        Evaluator.Criteria criteria = views.criteria(set);
        Evaluator.Result result = evaluator.run(criteria, RuleEngine.Scope.region(set.region.id));
        return new DryRunView(set.id, set.setVersion, set.year, set.category, result.evaluated(), result.previousListSize(),
                result.counts(), result.schools());
    }

    @Transactional
    public RulePreviewView preview(Caller caller, RulePreviewInput input) {
        RuleCatalogue.Catalogue cat = catalogue.of(caller.regionId());
        List<FieldError> errors = new ArrayList<>();
        if (!CriteriaSetService.CATEGORIES.contains(input.category())) {
            errors.add(new FieldError("category", FieldError.notOneOf(input.category(), CriteriaSetService.CATEGORIES.stream()
                    .map(Enum::name).sorted().toList())));
        }
        RuleCondition checked = Conditions.check(input.condition(), "condition", cat, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Condition condition = Conditions.resolve(checked, cat);
        Map<RuleOutcome, Integer> counts = evaluator.preview(condition, input.year(), RuleEngine.Scope.region(caller.regionId()),
                input.category());
        boolean disaggregated = cat.get(condition.indicatorId()).map(RuleCatalogue.Entry::disaggregated).orElse(true);
        return new RulePreviewView(counts.values().stream().mapToInt(Integer::intValue).sum(), counts.get(RuleOutcome.MET),
                counts.get(RuleOutcome.NOT_MET), counts.get(RuleOutcome.FLAGGED), counts.get(RuleOutcome.SKIPPED),
                Conditions.text(condition, disaggregated));
    }
}
