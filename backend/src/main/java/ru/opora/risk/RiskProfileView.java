package ru.opora.risk;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskProfile", description = "Профиль рисков школы на год")
public record RiskProfileView(
        long schoolId,
        String schoolName,
        long municipalityId,
        String municipalityName,
        int year,
        ProfileStatus status,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true) String submittedBy,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true) String reviewedBy,
        @Schema(nullable = true) String returnReason,
        List<FactorLevelView> factors,
        List<RiskProfilePermission> allowed,
        @Schema(description = "Версия профиля; 0 — не начат") long version) {
}
