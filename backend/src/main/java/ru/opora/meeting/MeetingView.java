package ru.opora.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;

@Schema(name = "Meeting", description = "Заседание и его протокол")
public record MeetingView(
        long id,
        OrganisationView owner,
        BodyKind bodyKind,
        @Schema(nullable = true) WorkingGroupRef workingGroup,
        @Schema(nullable = true, description = "Орган в заголовке протокола, как в документе") String authority,
        String title,
        @Schema(nullable = true) String number,
        LocalDate heldOn,
        @Schema(nullable = true) String place,
        MeetingFormat format,
        @Schema(nullable = true) String chair,
        @Schema(nullable = true) String secretary,
        List<String> participants,
        @Schema(nullable = true) Integer attendeesCount,
        MeetingStatus status,
        @Schema(description = "Номер редакции протокола") int revision,
        @Schema(nullable = true) String revisionReason,
        @Schema(nullable = true) Instant signedAt,
        @Schema(nullable = true) String signedBy,
        List<AgendaItemView> agenda,
        @Schema(description = "Неисполненные в срок решения прошлых заседаний этой организации, предлагаемые в повестку "
                + "под вопросом «контроль исполнения решений» (только владельцу черновика)")
        List<DecisionView> controlProposals,
        @Schema(description = "Дата, на которую вычислены просрочки") LocalDate asOf,
        List<MeetingPermission> allowed,
        long version,
        Instant updatedAt,
        String updatedBy) {

    @Schema(name = "WorkingGroupRef", description = "Рабочая группа")
    public record WorkingGroupRef(long id, String name) {
    }
}
