package ru.opora.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskFactorInput", description = "Собственный фактор риска региона")
public record RiskFactorInput(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{opora.risk.code}")
        @Schema(required = true, examples = "REMOTE_LOCATION") String code,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Территориальная удалённость школы") String name,
        @Size(max = 2000) @Schema(nullable = true) String description,
        @NotNull @Min(1) @Max(1000) @Schema(required = true, examples = "11") Integer position,
        @Schema(description = "В архиве: не предлагается в новых профилях") boolean archived,
        @Schema(nullable = true, description = "Версия при изменении") Long version) {
}
