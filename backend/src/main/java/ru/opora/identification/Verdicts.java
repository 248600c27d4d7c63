package ru.opora.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The decision logic, in one place and without the database: a rule over the years of its window, a group of rules
 * combined, and the outcome against the list of the year before.
 *
 * <p>Missing data matters only where it could change the verdict: a rule met in enough years is met whatever the
 * other years hold, and one that cannot reach its count even if every missing year were met is not met. Only between
 * the two does the rule's {@link MissingData} apply — skip the school, count the rule as not met, or flag it for the
 * expert. Within a year the same holds for the cuts of an "at least m cuts" rule (see {@link #year}). Groups read
 * undetermined rules the same way.
 */
public final class Verdicts {

    private Verdicts() {
    }

    /** One year of a rule for a school. */
    public record Year(int year, YearStatus status, RuleEngine.YearStats stats) {
    }

    /** A rule's verdict for a school, with each year of its window. */
    public record Rule(RuleOutcome outcome, int metYears, int missingYears, List<Year> years) {
    }

    public static Rule rule(Condition c, int listYear, Map<Integer, RuleEngine.YearStats> byYear) {
        List<Year> years = new ArrayList<>();
        int met = 0;
        int missing = 0;
        for (int year : c.years(listYear)) {
            RuleEngine.YearStats stats = byYear == null ? RuleEngine.YearStats.NONE
                    : byYear.getOrDefault(year, RuleEngine.YearStats.NONE);
            YearStatus status = year(c, stats);
            if (status == YearStatus.MET) {
                met++;
            } else if (status == YearStatus.MISSING) {
                missing++;
            }
            years.add(new Year(year, status, stats));
        }
        RuleOutcome outcome;
        if (met >= c.yearsRequired()) {
            outcome = RuleOutcome.MET;
        } else if (met + missing >= c.yearsRequired()) {
            outcome = switch (c.missingData()) {
                case SKIP_SCHOOL -> RuleOutcome.SKIPPED;
                case NOT_MET -> RuleOutcome.NOT_MET;
                case FLAG -> RuleOutcome.FLAGGED;
            };
        } else {
            outcome = RuleOutcome.NOT_MET;
        }
        return new Rule(outcome, met, missing, years);
    }

    /**
     * A year of a rule: met when enough cuts meet the comparison; missing when no cut has a counted value, or when the
     * rule needs at least m cuts and the cuts without a counted value could still make up the m (a named cut with no
     * value, or any cut whose value does not count for too few participants); not met otherwise.
     */
    static YearStatus year(Condition c, RuleEngine.YearStats stats) {
        if (stats.counted() == 0) {
            return YearStatus.MISSING;
        }
        int needed = c.cutsNeeded();
        if (stats.met() >= needed) {
            return YearStatus.MET;
        }
        if (c.cutMatch() == CutMatch.AT_LEAST) {
            int expected = c.allCuts() ? stats.total() : Math.max(c.cuts().size(), stats.total());
            if (stats.met() + expected - stats.counted() >= needed) {
                return YearStatus.MISSING;
            }
        }
        return YearStatus.NOT_MET;
    }

    /** Rules combined: all, any or at least k met; undetermined rules decide only when they could change the verdict. */
    public static RuleOutcome group(Combination combination, Integer atLeast, List<RuleOutcome> rules) {
        int needed = combination.needed(rules.size(), atLeast);
        long met = rules.stream().filter(r -> r == RuleOutcome.MET).count();
        long undetermined = rules.stream().filter(RuleOutcome::undetermined).count();
        if (met >= needed) {
            return RuleOutcome.MET;
        }
        if (met + undetermined >= needed) {
            return rules.contains(RuleOutcome.SKIPPED) ? RuleOutcome.SKIPPED : RuleOutcome.FLAGGED;
        }
        return RuleOutcome.NOT_MET;
    }

    /**
     * The outcome against the list of the year before. A school not on it enters when the entry rules are met. A
     * listed school leaves when the exit rules are met (it stays otherwise, even below the entry criteria, as ESSA's
     * exit criteria work); without exit rules it stays as long as it meets the entry rules.
     *
     * @param exit the exit group's verdict, or null when the set has no exit rules
     */
    public static Outcome outcome(boolean onPreviousList, RuleOutcome entry, RuleOutcome exit) {
        if (onPreviousList) {
            if (exit != null) {
                return switch (exit) {
                    case MET -> Outcome.LEAVING;
                    case NOT_MET -> Outcome.STAYING;
                    case FLAGGED -> Outcome.FLAGGED;
                    case SKIPPED -> Outcome.SKIPPED;
                };
            }
            return switch (entry) {
                case MET -> Outcome.STAYING;
                case NOT_MET -> Outcome.LEAVING;
                case FLAGGED -> Outcome.FLAGGED;
                case SKIPPED -> Outcome.SKIPPED;
            };
        }
        return switch (entry) {
            case MET -> Outcome.ENTERING;
            case NOT_MET -> Outcome.NOT_MET;
            case FLAGGED -> Outcome.FLAGGED;
            case SKIPPED -> Outcome.SKIPPED;
        };
    }
}
