package ru.opora.risk;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskProfileSubmission", description = "Сдача профиля школой")
public record ProfileSubmission(@NotNull @Schema(required = true) Long version) {
}
