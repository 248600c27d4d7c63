package ru.opora.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityInput", description = "Новый муниципалитет")
public record MunicipalityInput(
        @NotBlank @Pattern(regexp = "\\d{8}|\\d{11}", message = "{opora.oktmo}")
        @Schema(description = "Код ОКТМО: 8 или 11 цифр", examples = "56651000", required = true) String oktmo,
        @NotBlank @Size(max = 200)
        @Schema(examples = "Никольский район", required = true) String name,
        @NotNull @Schema(required = true) MunicipalityKind kind) {
}
