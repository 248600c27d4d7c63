package ru.opora.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;
import ru.opora.roadmap.report.EvidenceLink;

@Schema(name = "MeetingDecision", description = "Решение заседания с исполнителем, сроком и ходом исполнения")
public record DecisionView(
        long id,
        long meetingId,
        @Schema(description = "Протокол: заголовок, номер и дата заседания") MeetingRef meeting,
        long agendaItemId,
        String number,
        String text,
        @Schema(nullable = true) OrganisationView executor,
        @Schema(nullable = true) String executorName,
        @Schema(nullable = true) String executorPerson,
        @Schema(nullable = true) LocalDate dueOn,
        @Schema(nullable = true) OrganisationView related,
        @Schema(description = "Отслеживается до исполнения: есть срок и протокол подписан") boolean tracked,
        DecisionStatus status,
        @Schema(description = "Срок прошёл, а исполнение не отмечено (вычислено на дату asOf)") boolean overdue,
        @Schema(nullable = true) String doneText,
        List<EvidenceLink> evidence,
        @Schema(nullable = true) Instant doneAt,
        @Schema(nullable = true) String doneBy,
        List<DecisionPermission> allowed,
        long version) {

    @Schema(name = "MeetingRef", description = "Заседание, принявшее решение")
    public record MeetingRef(long id, String title, @Schema(nullable = true) String number, LocalDate heldOn,
                             OrganisationView owner, MeetingStatus status) {
    }
}
