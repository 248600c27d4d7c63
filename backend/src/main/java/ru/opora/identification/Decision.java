package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the ministry decided for a school in an approved list. */
@Schema(name = "IdentificationDecision", description = "Решение министерства: включена по критериям, добавлена экспертом,"
        + " исключена экспертом, не включена")
public enum Decision {
    INCLUDED, ADDED, EXCLUDED, NOT_INCLUDED;

    public boolean listed() {
        return this == INCLUDED || this == ADDED;
    }
}
