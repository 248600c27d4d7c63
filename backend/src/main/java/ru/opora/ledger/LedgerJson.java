package ru.opora.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Values as the ledger keeps them: JSON, dates as ISO text, decimals exact; ids of composite keys as a/b. */
final class LedgerJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private LedgerJson() {
    }

    /** A value as JSON; null for none. */
    static JsonNode json(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode node = MAPPER.valueToTree(value);
        return node instanceof NullNode ? null : node;
    }

    /** The text of an entity's id: 12, or 5/302 for a composite key (a record of its parts). */
    static String id(Object id) {
        if (id instanceof Record record) {
            StringJoiner parts = new StringJoiner("/");
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    parts.add(String.valueOf(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return parts.toString();
        }
        return String.valueOf(id);
    }

    /** The fields of an embedded value one by one (document.number, document.date); other values whole. */
    static List<FieldChange> fields(String name, JsonNode old, JsonNode now, boolean embedded) {
        List<FieldChange> fields = new ArrayList<>();
        if (embedded && (old == null || old instanceof ObjectNode) && (now == null || now instanceof ObjectNode)) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            if (old != null) {
                old.fieldNames().forEachRemaining(names::add);
            }
            if (now != null) {
                now.fieldNames().forEachRemaining(names::add);
            }
            for (String part : names) {
                fields.add(new FieldChange(name + "." + part, nullable(old == null ? null : old.get(part)),
                        nullable(now == null ? null : now.get(part))));
            }
            return fields;
        }
        fields.add(new FieldChange(name, old, now));
        return fields;
    }

    private static JsonNode nullable(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    /** A value as the API shows it: text as it is, anything else as JSON; null for none. */
    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.toString();
    }
}
