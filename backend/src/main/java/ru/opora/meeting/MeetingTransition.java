package ru.opora.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingTransition", description = "Подписание протокола или открытие его исправления")
public record MeetingTransition(
        @NotNull @Schema(required = true) MeetingAction action,
        @NotNull @Schema(required = true) Long version,
        @Size(max = 1000) @Schema(nullable = true, description = "Причина исправления; обязательна для CORRECT") String reason) {
}
