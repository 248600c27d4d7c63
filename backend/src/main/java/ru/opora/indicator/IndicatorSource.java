package ru.opora.indicator;

/** Where a value comes from: an assessment procedure, a survey or the school's own data. */
public enum IndicatorSource {
    VPR, OGE, EGE, GVE, NIKO, ROP, NOKO, FGKKO, SURVEY, SCHOOL_DATA
}
