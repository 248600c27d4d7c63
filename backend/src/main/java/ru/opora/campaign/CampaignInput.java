package ru.opora.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign of the caller's organisation, new or changed while a draft ({@code version} required then). */
@Schema(name = "CampaignInput", description = "Кампания сбора данных своей организации: новая или изменённый черновик (с версией)")
public record CampaignInput(
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Самообследование ШНОР за 2025 год") String name,
        @NotBlank @Size(max = 7) @Schema(required = true, examples = "2025",
                description = "Период: год (2025), полугодие (2025-H1) или квартал (2025-Q3)") String period,
        @NotNull @Schema(required = true) LocalDate opensOn,
        @NotNull @Schema(required = true) LocalDate deadline,
        @NotNull @Size(min = 1, max = 200) @Schema(required = true) List<@NotNull Integer> indicatorIds,
        @NotNull @Valid @Schema(required = true) TargetRule target,
        Long version) {
}
