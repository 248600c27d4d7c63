package ru.opora.curator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leader school ↔ supported school pair for a year; {@code version} is required to change a recorded one. */
@Schema(name = "PartnerPairInput", description = "Пара «школа-лидер — поддерживаемая школа» на год с договором")
public record PartnerPairInput(
        @NotNull @Min(2000) @Max(2100) @Schema(required = true, examples = "2026") Integer year,
        @NotNull @Schema(required = true) Long leaderSchoolId,
        @NotNull @Schema(required = true) Long supportedSchoolId,
        @Valid @Schema(nullable = true) Agreement agreement,
        @Schema(nullable = true, description = "Версия записи; обязательна при изменении") Long version) {
}
