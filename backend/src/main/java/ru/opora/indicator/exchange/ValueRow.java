package ru.opora.indicator.exchange;

/**
 * One value of an import as the file gives it, by codes: school, indicator, period and the dimension key
 * («GRADE=4;SUBJECT=MATH», empty for the whole school). The value stays text until it is checked against its
 * indicator in the database.
 */
public record ValueRow(int row, String school, String indicator, String period, String dimensions, String value,
                       String comment) {
}
