package ru.opora.identification;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

@Schema(name = "IdentificationList", description = "Утверждённый перечень с приказом; школы — в пределах видимости вызывающего"
        + " (муниципалитет — свои, школа — только себя)")
public record ListView(
        long id,
        long regionId,
        int year,
        SchoolCategory category,
        long criteriaSetId,
        int setVersion,
        String criteriaSetName,
        ApprovalOrder document,
        Instant approvedAt,
        String approvedBy,
        @Schema(description = "Счётчики по видимым вызывающему школам") ListCounts counts,
        List<ListEntryView> entries) {
}
