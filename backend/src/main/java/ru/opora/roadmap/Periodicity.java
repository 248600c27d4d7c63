package ru.opora.roadmap;

/** How often execution is reported. */
public enum Periodicity {
    QUARTER,
    HALF_YEAR
}
