package ru.opora.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryRevocation", description = "Отзыв категории: причина обязательна")
public record CategoryRevocation(
        @NotBlank @Size(max = 1000) @Schema(examples = "Ошибочно включена в перечень", required = true)
        String reason) {
}
