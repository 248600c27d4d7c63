package ru.opora.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "Субъект РФ")
public record RegionView(
        long id,
        @Schema(description = "Код субъекта РФ", examples = "58") String code,
        @Schema(examples = "Пензенская область") String name,
        @Schema(description = "Орган управления образованием региона", nullable = true,
                examples = "Министерство образования Пензенской области") String authorityName,
        @Schema(description = "Муниципалитетов в реестре") int municipalityCount,
        @Schema(description = "Школ в реестре") int schoolCount) {
}
