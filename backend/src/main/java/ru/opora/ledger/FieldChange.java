package ru.opora.ledger;

import com.fasterxml.jackson.databind.JsonNode;

/** One field of an object as a change left it: its name, the value before (null: none) and after (null: none). */
public record FieldChange(String field, JsonNode old, JsonNode now) {
}
