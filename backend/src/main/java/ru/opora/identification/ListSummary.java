package ru.opora.identification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

@Schema(name = "IdentificationListSummary", description = "Утверждённый перечень в списке")
public record ListSummary(long id, int year, SchoolCategory category, ApprovalOrder document, Instant approvedAt,
                          @Schema(description = "Видимых вызывающему школ в перечне") int listed) {
}
