package ru.opora.school;

/** Городская или сельская школа. */
public enum SettlementType {
    URBAN, RURAL
}
