package ru.opora.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityUpdate", description = "Изменение муниципалитета; version — из последнего чтения")
public record MunicipalityUpdate(
        @NotBlank @Pattern(regexp = "\\d{8}|\\d{11}", message = "{opora.oktmo}")
        @Schema(description = "Код ОКТМО: 8 или 11 цифр", required = true) String oktmo,
        @NotBlank @Size(max = 200) @Schema(required = true) String name,
        @NotNull @Schema(required = true) MunicipalityKind kind,
        @NotNull @Schema(description = "Версия, которую видел пользователь", required = true) Long version) {
}
