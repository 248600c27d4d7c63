package ru.opora.municipality;

/** Kinds of municipal formations that run schools. */
public enum MunicipalityKind {
    MUNICIPAL_DISTRICT,
    MUNICIPAL_OKRUG,
    URBAN_OKRUG
}
