package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What missing data means for a rule when it could change the outcome (the years with data alone do not decide):
 * the school is skipped, the rule counts as not met, or the school is flagged for the expert.
 */
@Schema(name = "RuleMissingData", description = "Если данных нет: пропустить школу (SKIP_SCHOOL), правило не выполнено"
        + " (NOT_MET), на решение эксперта (FLAG)")
public enum MissingData {
    SKIP_SCHOOL, NOT_MET, FLAG
}
