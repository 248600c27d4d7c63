package ru.opora.risk;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskProfileRevision", description = "Изменение профиля: кто, когда, что было и что стало, почему")
public record ProfileRevisionView(
        long revisionId,
        Instant changedAt,
        String changedBy,
        @Schema(description = "STATUS, SELF_LEVEL или OVERRIDE") String kind,
        @Schema(nullable = true) String factorName,
        @Schema(nullable = true) String from,
        @Schema(nullable = true) String to,
        @Schema(nullable = true) String comment) {
}
