package ru.opora.roadmap;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.account.UserNames;

@Schema(name = "RoadmapRevision", description = "Сохранённое состояние дорожной карты: кто, когда, в каком статусе")
public record RoadmapRevisionView(
        long id,
        Instant changedAt,
        @Schema(description = "Логин") String changedBy,
        @Schema(description = "Имя, как его читают люди (логин, если имя неизвестно)") String changedByName,
        RoadmapStatus status,
        @Schema(description = "Номер редакции") int revision,
        @Schema(nullable = true) String revisionReason,
        @Schema(nullable = true) RoadmapDocument document,
        String title) {

    /** A revision as the audit trail holds it, before the login is named ({@link #named}). */
    public RoadmapRevisionView(long id, Instant changedAt, String changedBy, RoadmapStatus status, int revision,
                               String revisionReason, RoadmapDocument document, String title) {
        this(id, changedAt, changedBy, changedBy, status, revision, revisionReason, document, title);
    }

    public RoadmapRevisionView named(UserNames names) {
        return new RoadmapRevisionView(id, changedAt, changedBy, names.of(changedBy), status, revision, revisionReason,
                document, title);
    }
}
