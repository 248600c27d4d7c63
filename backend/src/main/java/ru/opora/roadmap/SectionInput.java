package ru.opora.roadmap;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionInput", description = "Блок дорожной карты")
public record SectionInput(
        @NotBlank @Size(max = 300) @Schema(examples = "1. Управленческий блок", required = true) String title,
        @Min(1) @Schema(description = "Место среди блоков, с 1; по умолчанию — в конец") Integer position,
        @Schema(description = "Версия при изменении блока") Long version) {
}
