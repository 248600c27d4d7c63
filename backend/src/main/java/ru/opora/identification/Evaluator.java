package ru.opora.identification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.opora.school.SchoolCategory;

/**
 * Runs a criteria set over a scope of schools: one statement per rule for the counts of every school and year, the
 * verdicts in {@link Verdicts}, and for the schools the decision touches one more statement per rule for the values
 * that made a rule true. Used alike by the dry run, the approval (inside its transaction) and the benchmark.
 */
@ApplicationScoped
public class Evaluator {

    /** A rule ready to run: its id and revision for the evidence, its condition and its words. */
    public record Rule(long id, int revision, String label, Condition condition, String text) {
    }

    /** A group of rules and how they combine. */
    public record Group(Combination combination, Integer atLeast, List<Rule> rules) {
    }

    /** A set ready to run; {@code exit} is null when the set has no exit rules. */
    public record Criteria(long setId, int setVersion, int year, SchoolCategory category, Group entry, Group exit) {
    }

    /** The run: how many schools were read, the list of the year before, and each school the decision touches. */
    public record Result(int evaluated, int previousListSize, List<SchoolEvidence> schools) {

        public DryRunView.Counts counts() {
            Map<Outcome, Long> by = schools.stream().collect(Collectors.groupingBy(SchoolEvidence::outcome, Collectors.counting()));
            int entering = by.getOrDefault(Outcome.ENTERING, 0L).intValue();
            int staying = by.getOrDefault(Outcome.STAYING, 0L).intValue();
            return new DryRunView.Counts(entering, staying, by.getOrDefault(Outcome.LEAVING, 0L).intValue(),
                    by.getOrDefault(Outcome.FLAGGED, 0L).intValue(), by.getOrDefault(Outcome.SKIPPED, 0L).intValue(),
                    entering + staying, (int) schools.stream().filter(s -> s.assignedForYear() && !s.outcome().proposed()).count());
        }
    }

    private final RuleEngine engine;

    Evaluator(RuleEngine engine) {
        this.engine = engine;
    }

    public Result run(Criteria criteria, RuleEngine.Scope scope) {
        return run(criteria, scope, java.util.Set.of());
    }

    /** The run, with these schools among the touched ones whatever the criteria say (an expert's additions). */
    public Result run(Criteria criteria, RuleEngine.Scope scope, java.util.Set<Long> include) {
        List<RuleEngine.ScopeSchool> schools = engine.schools(scope, criteria.year(), criteria.category());
        List<Map<Long, Map<Integer, RuleEngine.YearStats>>> entryStats = stats(criteria.entry(), criteria.year(), scope);
        List<Map<Long, Map<Integer, RuleEngine.YearStats>>> exitStats = criteria.exit() == null ? List.of()
                : stats(criteria.exit(), criteria.year(), scope);

        record Judged(RuleEngine.ScopeSchool school, Outcome outcome, List<Verdicts.Rule> entry, RuleOutcome entryOutcome,
                      List<Verdicts.Rule> exit, RuleOutcome exitOutcome) {
        }
        List<Judged> touched = new ArrayList<>();
        int previous = 0;
        for (RuleEngine.ScopeSchool school : schools) {
            List<Verdicts.Rule> entry = verdicts(criteria.entry(), criteria.year(), entryStats, school.id());
            RuleOutcome entryOutcome = Verdicts.group(criteria.entry().combination(), criteria.entry().atLeast(),
                    entry.stream().map(Verdicts.Rule::outcome).toList());
            List<Verdicts.Rule> exit = null;
            RuleOutcome exitOutcome = null;
            if (criteria.exit() != null && school.onPreviousList()) {
                exit = verdicts(criteria.exit(), criteria.year(), exitStats, school.id());
                exitOutcome = Verdicts.group(criteria.exit().combination(), criteria.exit().atLeast(),
                        exit.stream().map(Verdicts.Rule::outcome).toList());
            }
            Outcome outcome = Verdicts.outcome(school.onPreviousList(), entryOutcome,
                    criteria.exit() == null ? null : exitOutcome);
            if (school.onPreviousList()) {
                previous++;
            }
            if (outcome != Outcome.NOT_MET || school.assignmentThisYear() != null || include.contains(school.id())) {
                touched.add(new Judged(school, outcome, entry, entryOutcome, exit, exitOutcome));
            }
        }

        List<Long> touchedIds = touched.stream().map(j -> j.school().id()).toList();
        List<Long> leavingIds = touched.stream().filter(j -> j.exit() != null).map(j -> j.school().id()).toList();
        List<Map<Long, List<RuleEngine.MetValue>>> entryValues = evidence(criteria.entry(), criteria.year(), scope, touchedIds);
        List<Map<Long, List<RuleEngine.MetValue>>> exitValues = criteria.exit() == null ? List.of()
                : evidence(criteria.exit(), criteria.year(), scope, leavingIds);

        List<SchoolEvidence> result = new ArrayList<>();
        for (Judged j : touched) {
            RuleEngine.ScopeSchool s = j.school();
            GroupEvidence entry = group(criteria.entry(), j.entryOutcome(), j.entry(), entryValues, s.id());
            GroupEvidence exit = j.exit() == null ? null : group(criteria.exit(), j.exitOutcome(), j.exit(), exitValues, s.id());
            result.add(new SchoolEvidence(s.id(), s.code(), s.name(), s.municipalityId(), s.municipalityName(), j.outcome(),
                    s.onPreviousList(), s.assignmentThisYear() != null, entry, exit, basis(j.outcome(), entry, exit)));
        }
        return new Result(schools.size(), previous, result);
    }

    /** The verdicts of one rule alone over the scope, for the editor's preview. */
    public Map<RuleOutcome, Integer> preview(Condition condition, int year, RuleEngine.Scope scope, SchoolCategory category) {
        List<RuleEngine.ScopeSchool> schools = engine.schools(scope, year, category);
        Map<Long, Map<Integer, RuleEngine.YearStats>> stats = engine.stats(condition, year, scope);
        Map<RuleOutcome, Integer> counts = new LinkedHashMap<>();
        for (RuleOutcome outcome : RuleOutcome.values()) {
            counts.put(outcome, 0);
        }
        for (RuleEngine.ScopeSchool school : schools) {
            counts.merge(Verdicts.rule(condition, year, stats.get(school.id())).outcome(), 1, Integer::sum);
        }
        return counts;
    }

    private List<Map<Long, Map<Integer, RuleEngine.YearStats>>> stats(Group group, int year, RuleEngine.Scope scope) {
        return group.rules().stream().map(rule -> engine.stats(rule.condition(), year, scope)).toList();
    }

    private List<Map<Long, List<RuleEngine.MetValue>>> evidence(Group group, int year, RuleEngine.Scope scope, List<Long> schools) {
        return group.rules().stream().map(rule -> engine.evidence(rule.condition(), year, scope, schools)).toList();
    }

    private static List<Verdicts.Rule> verdicts(Group group, int year, List<Map<Long, Map<Integer, RuleEngine.YearStats>>> stats,
                                                long school) {
        List<Verdicts.Rule> verdicts = new ArrayList<>();
        for (int i = 0; i < group.rules().size(); i++) {
            verdicts.add(Verdicts.rule(group.rules().get(i).condition(), year, stats.get(i).get(school)));
        }
        return verdicts;
    }

    private static GroupEvidence group(Group group, RuleOutcome outcome, List<Verdicts.Rule> verdicts,
                                       List<Map<Long, List<RuleEngine.MetValue>>> values, long school) {
        List<RuleEvidence> rules = new ArrayList<>();
        for (int i = 0; i < group.rules().size(); i++) {
            Rule rule = group.rules().get(i);
            Condition c = rule.condition();
            Verdicts.Rule verdict = verdicts.get(i);
            Map<Integer, RuleCatalogue.Cut> cuts = new HashMap<>();
            c.cuts().forEach(cut -> cuts.put(cut.id(), cut));
            List<RuleEngine.MetValue> met = values.get(i).getOrDefault(school, List.of());
            List<YearEvidence> years = verdict.years().stream().map(y -> new YearEvidence(y.year(), y.status(),
                    y.stats().counted(), y.stats().total() - y.stats().counted(), y.stats().met(),
                    met.stream().filter(v -> v.year() == y.year()).map(v -> {
                        RuleCatalogue.Cut cut = cuts.get(v.cutId());
                        return new ValueEvidence(cut == null ? "" : cut.key(), cut == null ? "" : cut.label(),
                                Conditions.strip(v.value()), v.participants() == null ? null : Conditions.strip(v.participants()));
                    }).toList())).toList();
            rules.add(new RuleEvidence(rule.id(), rule.revision(), rule.label(), rule.text(), c.indicatorCode(), c.indicatorName(),
                    c.unit(), c.comparison(), c.threshold(), c.yearsRequired(), c.yearsWindow(), c.minParticipants(),
                    c.missingData(), verdict.outcome(), verdict.metYears(), verdict.missingYears(), years));
        }
        return new GroupEvidence(group.combination(), group.atLeast(), outcome, rules);
    }

    /** The basis in words, as the appendix to the order states it. */
    static String basis(Outcome outcome, GroupEvidence entry, GroupEvidence exit) {
        return switch (outcome) {
            case ENTERING -> "соответствует критериям: " + metRules(entry);
            case STAYING -> exit != null ? "в перечне прошлого года; критерии выхода не выполнены"
                    : "в перечне прошлого года; критерии выполняются: " + metRules(entry);
            case LEAVING -> exit != null ? "выполнены критерии выхода: " + metRules(exit)
                    : "в перечне прошлого года; критерии больше не выполняются";
            case FLAGGED -> "недостаточно данных, решение эксперта: " + missingRules(exit != null ? exit : entry);
            case SKIPPED -> "пропущена из-за отсутствия данных: " + missingRules(exit != null ? exit : entry);
            case NOT_MET -> "критериям не соответствует";
        };
    }

    private static String metRules(GroupEvidence group) {
        return group.rules().stream().filter(r -> r.outcome() == RuleOutcome.MET)
                .map(r -> name(r) + " " + r.comparison().sign() + " " + Conditions.number(r.threshold())
                        + (r.unit() == null ? "" : "%".equals(r.unit()) ? " %" : " " + r.unit()) + " ("
                        + r.years().stream().filter(y -> y.status() == YearStatus.MET).map(y -> Integer.toString(y.year()))
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String missingRules(GroupEvidence group) {
        return group.rules().stream().filter(r -> r.outcome().undetermined())
                .map(r -> name(r) + " (нет данных за " + r.years().stream().filter(y -> y.status() == YearStatus.MISSING)
                        .map(y -> Integer.toString(y.year())).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String name(RuleEvidence rule) {
        return rule.label() != null ? rule.label() : rule.indicatorName();
    }
}
