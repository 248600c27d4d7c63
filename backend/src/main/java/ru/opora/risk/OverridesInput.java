package ru.opora.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskOverridesInput", description = "Решения муниципалитета об уровнях факторов")
public record OverridesInput(
        @NotNull @Size(max = 100) @Schema(required = true) List<@NotNull @Valid OverrideInput> overrides,
        @NotNull @Schema(required = true) Long version) {
}
