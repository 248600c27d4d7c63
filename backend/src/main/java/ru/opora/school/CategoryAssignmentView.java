package ru.opora.school;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryAssignment", description = "Категория школы на год и её утверждающий документ")
public record CategoryAssignmentView(
        long id,
        int year,
        SchoolCategory category,
        ApprovingDocument document,
        Instant assignedAt,
        String assignedBy,
        @Schema(description = "false — категория отозвана (запись остаётся в истории)") boolean active,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(nullable = true) String revokedBy,
        @Schema(nullable = true) String revocationReason) {

    static CategoryAssignmentView of(SchoolCategoryAssignment a) {
        return new CategoryAssignmentView(a.id, a.year, a.category, a.document, a.assignedAt, a.assignedBy,
                a.active(), a.revokedAt, a.revokedBy, a.revocationReason);
    }
}
