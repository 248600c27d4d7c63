package ru.opora.risk;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskProfileSummary", description = "Профиль рисков в списке")
public record ProfileSummary(long schoolId, String schoolName, long municipalityId, String municipalityName, int year,
                             ProfileStatus status, @Schema(nullable = true) Instant submittedAt,
                             @Schema(description = "Факторов с высоким уровнем") int high) {
}
