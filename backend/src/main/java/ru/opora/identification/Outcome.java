package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the criteria say about a school against the list of the year before: it enters, stays or leaves the list;
 * it is flagged for the expert or skipped for missing data; or it does not meet the criteria (shown only when the
 * decision touches it: it holds the category for the year already, or an expert added it).
 */
@Schema(name = "IdentificationOutcome", description = "Вывод по критериям: входит в перечень, остаётся, выходит,"
        + " на решение эксперта, пропущена (нет данных), не соответствует")
public enum Outcome {
    ENTERING, STAYING, LEAVING, FLAGGED, SKIPPED, NOT_MET;

    /** On the list the criteria propose. */
    public boolean proposed() {
        return this == ENTERING || this == STAYING;
    }
}
