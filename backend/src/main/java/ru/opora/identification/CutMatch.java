package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Over the cuts of a rule (subject × grade), in one year: one cut meeting it is enough, or at least m cuts. */
@Schema(name = "RuleCutMatch", description = "Разрезы: достаточно любого (ANY) или не менее m разрезов в одном году (AT_LEAST)")
public enum CutMatch {
    ANY, AT_LEAST;

    public int needed(Integer minCuts) {
        return this == ANY || minCuts == null ? 1 : minCuts;
    }
}
