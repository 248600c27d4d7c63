package ru.opora.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the executor reported; «overdue» is never a status, it is computed at a date. */
@Schema(name = "DecisionStatus", description = "Исполнение решения: открыто или исполнено (с подтверждением)")
public enum DecisionStatus {
    OPEN,
    DONE
}
