package ru.opora.identification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

@Schema(name = "CriteriaSetSummary", description = "Набор критериев в списке")
public record CriteriaSetSummary(long id, int year, SchoolCategory category, String name, int setVersion,
                                 int entryRules, int exitRules, boolean frozen, Instant updatedAt, String updatedBy) {
}
