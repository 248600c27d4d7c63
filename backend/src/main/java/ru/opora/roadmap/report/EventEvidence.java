package ru.opora.roadmap.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A methodological event that carried a roadmap item out in the period. */
@Schema(name = "EventEvidence", description = "Методическое мероприятие, выполнившее мероприятие дорожной карты в периоде")
public record EventEvidence(
        long eventId,
        @Schema(description = "Вид мероприятия (EventKind)", examples = "SEMINAR") String kind,
        LocalDate heldOn,
        String topic,
        String organiserName,
        @Schema(nullable = true) String publicationUrl,
        @Schema(description = "Участников всего") int participants) {
}
