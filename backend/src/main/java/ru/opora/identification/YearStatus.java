package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year of a rule's window for one school: the condition held, did not, or there were no values to count. */
@Schema(name = "RuleYearStatus", description = "Год окна правила: выполнено, не выполнено, нет данных")
public enum YearStatus {
    MET, NOT_MET, MISSING
}
