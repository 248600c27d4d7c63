package ru.opora.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FormReopening", description = "Открыть принятую форму для исправления (министерство)")
public record FormReopening(@NotBlank @Size(max = 2000) @Schema(required = true) String reason,
                            @NotNull @Schema(required = true) Long version) {
}
