package ru.opora.roadmap.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportReview", description = "Решение вышестоящего уровня по сданному отчёту")
public record ReportReview(
        @NotNull @Schema(required = true) ReviewDecision decision,
        @Size(max = 2000) @Schema(description = "Обязателен при возврате на доработку") String comment,
        @NotNull @Schema(required = true) Long version) {
}
