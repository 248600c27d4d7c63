package ru.opora.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision logic without the database: persistence over the window, missing data, combinations, outcomes. */
class VerdictsTest {

    private static final int YEAR = 2026;

    private static Condition condition(int required, int window, MissingData missing, CutMatch match, Integer minCuts) {
        return new Condition(1, "X", "Показатель", "%", List.of(new RuleCatalogue.Cut(1, "", "школа")), true, match, minCuts,
                Comparison.GE, BigDecimal.TEN, required, window, null, null, missing);
    }

    private static RuleEngine.YearStats met(int counted, int met) {
        return new RuleEngine.YearStats(counted, counted, met);
    }

    @Test
    void theWindowIsTheYearsBeforeTheListsYear() {
        assertEquals(List.of(2023, 2024, 2025), condition(2, 3, MissingData.FLAG, CutMatch.ANY, null).years(YEAR));
    }

    @Test
    void nOfMYears() {
        Condition twoOfThree = condition(2, 3, MissingData.NOT_MET, CutMatch.ANY, null);
        assertEquals(RuleOutcome.MET, Verdicts.rule(twoOfThree, YEAR, Map.of(2023, met(1, 1), 2024, met(1, 0), 2025, met(1, 1))).outcome());
        assertEquals(RuleOutcome.NOT_MET, Verdicts.rule(twoOfThree, YEAR, Map.of(2023, met(1, 1), 2024, met(1, 0), 2025, met(1, 0))).outcome());
        // A value of 2022 is outside the window.
        assertEquals(RuleOutcome.NOT_MET, Verdicts.rule(twoOfThree, YEAR, Map.of(2022, met(1, 1), 2025, met(1, 1), 2024, met(1, 0),
                2023, met(1, 0))).outcome());
    }

    @Test
    void missingDataDecidesOnlyWhenItCouldChangeTheVerdict() {
        Map<Integer, RuleEngine.YearStats> oneMetOneMissing = Map.of(2024, met(2, 1));
        assertEquals(RuleOutcome.FLAGGED, Verdicts.rule(condition(2, 2, MissingData.FLAG, CutMatch.ANY, null), YEAR,
                oneMetOneMissing).outcome());
        assertEquals(RuleOutcome.SKIPPED, Verdicts.rule(condition(2, 2, MissingData.SKIP_SCHOOL, CutMatch.ANY, null), YEAR,
                oneMetOneMissing).outcome());
        assertEquals(RuleOutcome.NOT_MET, Verdicts.rule(condition(2, 2, MissingData.NOT_MET, CutMatch.ANY, null), YEAR,
                oneMetOneMissing).outcome());
        // Met in enough years: the missing one does not matter.
        assertEquals(RuleOutcome.MET, Verdicts.rule(condition(1, 2, MissingData.SKIP_SCHOOL, CutMatch.ANY, null), YEAR,
                oneMetOneMissing).outcome());
        // Cannot be met even if the missing year were: not met.
        assertEquals(RuleOutcome.NOT_MET, Verdicts.rule(condition(2, 2, MissingData.FLAG, CutMatch.ANY, null), YEAR,
                Map.of(2024, met(2, 0))).outcome());
        // Values excluded by the minimum of participants leave the year without data.
        Verdicts.Rule thin = Verdicts.rule(condition(1, 1, MissingData.FLAG, CutMatch.ANY, null), YEAR,
                Map.of(2025, new RuleEngine.YearStats(3, 0, 0)));
        assertEquals(YearStatus.MISSING, thin.years().get(0).status());
        assertEquals(RuleOutcome.FLAGGED, thin.outcome());
    }

    @Test
    void atLeastMCutsInOneYear() {
        Condition twoCuts = condition(1, 1, MissingData.NOT_MET, CutMatch.AT_LEAST, 2);
        assertEquals(RuleOutcome.NOT_MET, Verdicts.rule(twoCuts, YEAR, Map.of(2025, met(5, 1))).outcome());
        assertEquals(RuleOutcome.MET, Verdicts.rule(twoCuts, YEAR, Map.of(2025, met(5, 2))).outcome());
    }

    /** Two named cuts (mathematics and Russian), at least both in the one year of the window. */
    private static Condition twoNamedCuts(MissingData missing) {
        return new Condition(1, "X", "Показатель", "%", List.of(new RuleCatalogue.Cut(1, "M", "математика"),
                new RuleCatalogue.Cut(2, "R", "русский язык")), false, CutMatch.AT_LEAST, 2, Comparison.GE, BigDecimal.TEN,
                1, 1, null, null, missing);
    }

    @Test
    void atLeastMCutsWhoseMissingCutsCouldDecideTheYearReadAsMissingData() {
        // Mathematics met, Russian has no value: 1 met + 1 missing could make 2, so the year has no verdict of its own.
        Map<Integer, RuleEngine.YearStats> oneMetOneAbsent = Map.of(2025, new RuleEngine.YearStats(1, 1, 1));
        Verdicts.Rule flagged = Verdicts.rule(twoNamedCuts(MissingData.FLAG), YEAR, oneMetOneAbsent);
        assertEquals(YearStatus.MISSING, flagged.years().get(0).status());
        assertEquals(RuleOutcome.FLAGGED, flagged.outcome());
        assertEquals(RuleOutcome.SKIPPED, Verdicts.rule(twoNamedCuts(MissingData.SKIP_SCHOOL), YEAR, oneMetOneAbsent).outcome());
        assertEquals(RuleOutcome.NOT_MET, Verdicts.rule(twoNamedCuts(MissingData.NOT_MET), YEAR, oneMetOneAbsent).outcome());
        // Mathematics not met, Russian absent: 0 met + 1 missing cannot make 2: not met whatever missing data means.
        Verdicts.Rule decided = Verdicts.rule(twoNamedCuts(MissingData.FLAG), YEAR, Map.of(2025, new RuleEngine.YearStats(1, 1, 0)));
        assertEquals(YearStatus.NOT_MET, decided.years().get(0).status());
        assertEquals(RuleOutcome.NOT_MET, decided.outcome());
        // Both have values, Russian's with too few participants: it does not count, so it is missing like an absent one.
        assertEquals(RuleOutcome.FLAGGED, Verdicts.rule(twoNamedCuts(MissingData.FLAG), YEAR,
                Map.of(2025, new RuleEngine.YearStats(2, 1, 1))).outcome());
        // Both counted, one met: decided, not met.
        assertEquals(RuleOutcome.NOT_MET, Verdicts.rule(twoNamedCuts(MissingData.FLAG), YEAR,
                Map.of(2025, new RuleEngine.YearStats(2, 2, 1))).outcome());
        // Every cut of the indicator: only cuts with a value are expected; one of three too thin, two met of three needed.
        Condition everyCut = condition(1, 1, MissingData.SKIP_SCHOOL, CutMatch.AT_LEAST, 3);
        assertEquals(RuleOutcome.SKIPPED, Verdicts.rule(everyCut, YEAR, Map.of(2025, new RuleEngine.YearStats(3, 2, 2))).outcome());
        assertEquals(RuleOutcome.NOT_MET, Verdicts.rule(everyCut, YEAR, Map.of(2025, new RuleEngine.YearStats(2, 2, 2))).outcome());
    }

    @Test
    void groups() {
        List<RuleOutcome> metAndNot = List.of(RuleOutcome.MET, RuleOutcome.NOT_MET);
        assertEquals(RuleOutcome.NOT_MET, Verdicts.group(Combination.ALL, null, metAndNot));
        assertEquals(RuleOutcome.MET, Verdicts.group(Combination.ANY, null, metAndNot));
        assertEquals(RuleOutcome.MET, Verdicts.group(Combination.AT_LEAST, 1, metAndNot));
        assertEquals(RuleOutcome.NOT_MET, Verdicts.group(Combination.AT_LEAST, 2, metAndNot));
        // An undetermined rule matters only if it could complete the group.
        assertEquals(RuleOutcome.FLAGGED, Verdicts.group(Combination.ALL, null, List.of(RuleOutcome.MET, RuleOutcome.FLAGGED)));
        assertEquals(RuleOutcome.NOT_MET, Verdicts.group(Combination.ALL, null, List.of(RuleOutcome.NOT_MET, RuleOutcome.FLAGGED)));
        assertEquals(RuleOutcome.MET, Verdicts.group(Combination.ANY, null, List.of(RuleOutcome.MET, RuleOutcome.SKIPPED)));
        assertEquals(RuleOutcome.SKIPPED, Verdicts.group(Combination.AT_LEAST, 2,
                List.of(RuleOutcome.MET, RuleOutcome.SKIPPED, RuleOutcome.FLAGGED)));
    }

    @Test
    void outcomesAgainstTheListOfTheYearBefore() {
        assertEquals(Outcome.ENTERING, Verdicts.outcome(false, RuleOutcome.MET, null));
        assertEquals(Outcome.NOT_MET, Verdicts.outcome(false, RuleOutcome.NOT_MET, RuleOutcome.MET));
        assertEquals(Outcome.STAYING, Verdicts.outcome(true, RuleOutcome.MET, null));
        assertEquals(Outcome.LEAVING, Verdicts.outcome(true, RuleOutcome.NOT_MET, null));
        // With exit rules a listed school stays until they are met, whatever the entry rules say.
        assertEquals(Outcome.STAYING, Verdicts.outcome(true, RuleOutcome.NOT_MET, RuleOutcome.NOT_MET));
        assertEquals(Outcome.LEAVING, Verdicts.outcome(true, RuleOutcome.MET, RuleOutcome.MET));
        assertEquals(Outcome.FLAGGED, Verdicts.outcome(true, RuleOutcome.MET, RuleOutcome.FLAGGED));
    }

    @Test
    void theComparisonsAreTheirSigns() {
        BigDecimal ten = BigDecimal.TEN;
        assertEquals(List.of(false, true, false, true, true, false), java.util.stream.Stream.of(Comparison.LT, Comparison.LE,
                Comparison.GT, Comparison.GE, Comparison.EQ, Comparison.NE).map(c -> c.test(new BigDecimal("10.00"), ten)).toList());
    }
}
