package ru.opora.risk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.opora.identification.Condition;
import ru.opora.identification.Conditions;
import ru.opora.identification.RuleCatalogue;
import ru.opora.identification.RuleEngine;
import ru.opora.identification.RuleOutcome;
import ru.opora.identification.Verdicts;

/**
 * A factor's level derived from indicators by the region's rules, computed when read (never stored, so never
 * stale): of the rules met for a school, the highest level wins. The same engine as identification runs them, over
 * the years before the profile's year.
 */
@ApplicationScoped
public class Derivations {

    /** A derived level and the rule that gave it. */
    public record Derived(RiskLevel level, String basis) {
    }

    private final RuleEngine engine;
    private final RuleCatalogue catalogue;

    Derivations(RuleEngine engine, RuleCatalogue catalogue) {
        this.engine = engine;
        this.catalogue = catalogue;
    }

    /** By school, by factor: the derived levels of the schools in scope for a profile year. */
    public Map<Long, Map<Long, Derived>> derive(long regionId, int year, RuleEngine.Scope scope) {
        List<DerivationRule> rules = DerivationRule.list("regionId = ?1 order by factorId, position", regionId);
        Map<Long, Map<Long, Derived>> bySchool = new HashMap<>();
        if (rules.isEmpty()) {
            return bySchool;
        }
        RuleCatalogue.Catalogue cat = catalogue.of(regionId);
        for (DerivationRule rule : rules) {
            Condition condition = Conditions.resolve(rule.condition, cat);
            String text = Conditions.text(condition, cat.get(condition.indicatorId())
                    .map(RuleCatalogue.Entry::disaggregated).orElse(true));
            Map<Long, Map<Integer, RuleEngine.YearStats>> stats = engine.stats(condition, year, scope);
            for (Map.Entry<Long, Map<Integer, RuleEngine.YearStats>> school : stats.entrySet()) {
                if (Verdicts.rule(condition, year, school.getValue()).outcome() == RuleOutcome.MET) {
                    Map<Long, Derived> factors = bySchool.computeIfAbsent(school.getKey(), k -> new HashMap<>());
                    Derived current = factors.get(rule.factorId);
                    if (current == null || rule.level.severity() > current.level().severity()) {
                        factors.put(rule.factorId, new Derived(rule.level, text));
                    }
                }
            }
        }
        return bySchool;
    }
}
