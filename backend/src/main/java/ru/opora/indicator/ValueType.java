package ru.opora.indicator;

/** How an indicator's value is written and checked. */
public enum ValueType {
    /** 0–100, up to two decimals. */
    PERCENT,
    NUMBER,
    INTEGER,
    /** да / нет, stored as 1 / 0 so that it can be counted. */
    BOOLEAN,
    TEXT;

    public boolean numeric() {
        return this != TEXT;
    }
}
