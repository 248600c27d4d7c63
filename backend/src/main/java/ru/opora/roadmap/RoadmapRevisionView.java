package ru.opora.roadmap;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapRevision", description = "Сохранённое состояние дорожной карты: кто, когда, в каком статусе")
public record RoadmapRevisionView(
        long id,
        Instant changedAt,
        String changedBy,
        RoadmapStatus status,
        @Schema(description = "Номер редакции") int revision,
        @Schema(nullable = true) String revisionReason,
        @Schema(nullable = true) RoadmapDocument document,
        String title) {
}
