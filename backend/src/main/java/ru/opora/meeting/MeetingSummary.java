package ru.opora.meeting;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;

@Schema(name = "MeetingSummary", description = "Заседание в списке")
public record MeetingSummary(
        long id,
        OrganisationView owner,
        BodyKind bodyKind,
        String title,
        @Schema(nullable = true) String number,
        LocalDate heldOn,
        MeetingStatus status,
        int revision,
        @Schema(description = "Решений со сроком") long trackedDecisions,
        @Schema(description = "Из них исполнено") long doneDecisions,
        @Schema(description = "Из них просрочено на дату asOf") long overdueDecisions) {
}
