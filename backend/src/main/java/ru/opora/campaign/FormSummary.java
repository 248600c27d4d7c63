package ru.opora.campaign;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FormSummary", description = "Форма школы в списке кампании")
public record FormSummary(long campaignId, String campaignName, String periodLabel, long schoolId, String schoolCode,
                          String schoolName, long municipalityId, String municipalityName, FormStatus status,
                          boolean late, @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true, description = "Логин сдавшего") String submittedBy,
                          @Schema(nullable = true, description = "Имя сдавшего, как его читают люди (логин, если имя неизвестно)") String submittedByName,
                          @Schema(nullable = true) Instant reviewedAt, long version) {
}
