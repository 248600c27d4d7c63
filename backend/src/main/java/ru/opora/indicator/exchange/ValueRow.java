package ru.opora.indicator.exchange;

/**
 * One value of an import as the file gives it, by codes: school, indicator, period and the dimension key
 * («GRADE=4;SUBJECT=MATH», empty for the whole school). The value stays text until it is checked against its
 * indicator in the database. A source that finds the row wrong itself gives the reason as «field|message».
 */
public record ValueRow(int row, String school, String indicator, String period, String dimensions, String value,
                       String comment, String error) {

    public ValueRow(int row, String school, String indicator, String period, String dimensions, String value, String comment) {
        this(row, school, indicator, period, dimensions, value, comment, null);
    }

    /** A row its source already found wrong: it is kept, so that the job reports it with the others. */
    public static ValueRow rejected(int row, String field, String message) {
        return new ValueRow(row, null, null, null, "", null, null, field + "|" + message);
    }
}
