package ru.opora.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;
import ru.opora.school.SchoolCategory;

@Schema(name = "MethodEvent", description = "Методическое мероприятие с аудиторией, публикацией и участием по школам")
public record EventView(
        long id,
        OrganisationView organiser,
        String organiserName,
        EventKind kind,
        LocalDate heldOn,
        String topic,
        @Schema(nullable = true) String description,
        List<OrganisationView> audienceSchools,
        List<SchoolCategory> audienceCategories,
        List<OrganisationView> audienceMunicipalities,
        @Schema(nullable = true) String publicationUrl,
        List<AttendanceView> attendance,
        @Schema(description = "Участников всего") int participants,
        @Schema(nullable = true) ItemRef roadmapItem,
        List<EventPermission> allowed,
        long version,
        Instant updatedAt,
        String updatedBy) {

    @Schema(name = "EventAttendanceView", description = "Участники от школы")
    public record AttendanceView(long schoolId, String schoolName, int participants) {
    }

    @Schema(name = "EventRoadmapItem", description = "Мероприятие дорожной карты, которое выполняет событие")
    public record ItemRef(long roadmapId, String roadmapTitle, long itemId, String number, String title) {
    }
}
