package ru.opora.meeting;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingRevision", description = "Сохранённое состояние протокола: кто, когда, статус, редакция")
public record MeetingRevisionView(
        long id,
        Instant changedAt,
        String changedBy,
        MeetingStatus status,
        int revision,
        @Schema(nullable = true) String revisionReason,
        @Schema(description = "Подписанный документ этой редакции сохранён и выгружается") boolean signedCopy) {
}
