package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verdict on a rule or on a group of rules for one school. */
@Schema(name = "RuleOutcome", description = "Итог правила или группы правил: выполнено, не выполнено, на решение эксперта,"
        + " школа пропущена из-за отсутствия данных")
public enum RuleOutcome {
    MET, NOT_MET, FLAGGED, SKIPPED;

    public boolean undetermined() {
        return this == FLAGGED || this == SKIPPED;
    }
}
