package ru.opora.scorecard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a criterion's score (0–100) becomes «met» and «partly met»; partly ≤ met. */
@Schema(name = "ScorecardThreshold", description = "Пороги критерия: «выполнен» от met, «частично» от partly (баллы 0–100)")
public record Threshold(
        @NotNull @Min(1) @Max(100) @Schema(examples = "80", required = true) Integer met,
        @NotNull @Min(0) @Max(100) @Schema(examples = "50", required = true) Integer partly) {
}
