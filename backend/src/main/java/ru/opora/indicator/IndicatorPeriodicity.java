package ru.opora.indicator;

/** How often an indicator is collected; a campaign's period must be of the same kind. */
public enum IndicatorPeriodicity {
    YEAR, HALF_YEAR, QUARTER
}
