package ru.opora.school;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.account.UserNames;

@Schema(name = "CategoryAssignment", description = "Категория школы на год и её утверждающий документ")
public record CategoryAssignmentView(
        long id,
        int year,
        SchoolCategory category,
        ApprovingDocument document,
        Instant assignedAt,
        @Schema(description = "Логин назначившего") String assignedBy,
        @Schema(description = "Имя назначившего, как его читают люди (логин, если имя неизвестно)") String assignedByName,
        @Schema(description = "false — категория отозвана (запись остаётся в истории)") boolean active,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(nullable = true, description = "Логин отозвавшего") String revokedBy,
        @Schema(nullable = true, description = "Имя отозвавшего") String revokedByName,
        @Schema(nullable = true) String revocationReason) {

    static CategoryAssignmentView of(SchoolCategoryAssignment a, UserNames names) {
        return new CategoryAssignmentView(a.id, a.year, a.category, a.document, a.assignedAt, a.assignedBy,
                names.of(a.assignedBy), a.active(), a.revokedAt, a.revokedBy, names.of(a.revokedBy), a.revocationReason);
    }

    /** The logins these assignments show. */
    static Stream<String> people(List<SchoolCategoryAssignment> assignments) {
        return assignments.stream().flatMap(a -> Stream.of(a.assignedBy, a.revokedBy));
    }
}
