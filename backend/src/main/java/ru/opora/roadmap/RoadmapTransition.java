package ru.opora.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapTransition", description = "Смена статуса дорожной карты владельцем")
public record RoadmapTransition(
        @NotNull @Schema(required = true) RoadmapAction action,
        @NotNull @Schema(required = true) Long version,
        @Valid @Schema(description = "Обязателен для APPROVE") RoadmapDocument document,
        @Size(max = 1000) @Schema(description = "Обязательна для REVISE и ARCHIVE") String reason) {
}
