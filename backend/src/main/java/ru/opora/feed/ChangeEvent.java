package ru.opora.feed;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.ledger.AuditEntryView;

/** A ledger entry as a CloudEvents 1.0 event (structured JSON form). */
@Schema(name = "ChangeEvent", description = "Событие изменения в формате CloudEvents 1.0 (JSON)")
public record ChangeEvent(
        @Schema(description = "Версия CloudEvents", enumeration = "1.0") String specversion,
        @Schema(description = "Идентификатор события — его позиция в ленте; при повторной доставке тот же", examples = "1024")
        String id,
        @Schema(description = "Источник событий", examples = "/api/v1") String source,
        @Schema(examples = "ru.opora.indicator-value.accepted") String type,
        @Schema(nullable = true, examples = "/regions/58/schools/5818003401/indicator-values/2025") String subject,
        Instant time,
        @Schema(enumeration = "application/json") String datacontenttype,
        ChangeData data) {

    public static final String SOURCE = "/api/v1";

    public static ChangeEvent of(AuditEntryView entry) {
        return new ChangeEvent("1.0", Long.toString(entry.position()), SOURCE, entry.eventType(), entry.subject(),
                entry.changedAt(), "application/json", new ChangeData(entry.entityKind(), entry.entityId(), entry.operation(),
                entry.regionId(), entry.municipalityId(), entry.schoolId(), entry.actor(), entry.actorKind(),
                entry.requestId(), entry.reason(), entry.changes()));
    }
}
