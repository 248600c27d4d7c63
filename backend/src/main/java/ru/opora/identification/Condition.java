package ru.opora.identification;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rule's condition resolved against the catalogue, ready for the engine: the indicator with the ids of the cuts
 * to read, and the participants' indicator where an n-size is set.
 */
public record Condition(
        int indicatorId,
        String indicatorCode,
        String indicatorName,
        String unit,
        List<RuleCatalogue.Cut> cuts,
        boolean allCuts,
        CutMatch cutMatch,
        Integer minCuts,
        Comparison comparison,
        BigDecimal threshold,
        int yearsRequired,
        int yearsWindow,
        Integer participantsId,
        Integer minParticipants,
        MissingData missingData) {

    /** Cuts that must meet the comparison in a year for the year to count. */
    public int cutsNeeded() {
        return cutMatch.needed(minCuts);
    }

    /** Whether a participants count decides which values count. */
    public boolean nSize() {
        return minParticipants != null && participantsId != null;
    }

    /** The years of the window for a list of {@code listYear}, oldest first: the M years before it. */
    public List<Integer> years(int listYear) {
        return java.util.stream.IntStream.rangeClosed(listYear - yearsWindow, listYear - 1).boxed().toList();
    }
}
