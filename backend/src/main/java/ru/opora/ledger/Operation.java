package ru.opora.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a ledger entry did to its object. */
@Schema(name = "LedgerOperation", description = "Что сделано с объектом: создан, изменён, удалён")
public enum Operation {
    CREATE, UPDATE, DELETE;

    /** The verb of the change feed's event type: ru.opora.school.updated. */
    String verb() {
        return switch (this) {
            case CREATE -> "created";
            case UPDATE -> "updated";
            case DELETE -> "deleted";
        };
    }
}
