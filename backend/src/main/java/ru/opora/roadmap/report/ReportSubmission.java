package ru.opora.roadmap.report;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportSubmission", description = "Сдача отчёта за период целиком")
public record ReportSubmission(@NotNull @Schema(required = true) Long version) {
}
