package ru.opora.campaign;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FormSubmission", description = "Сдать форму на проверку")
public record FormSubmission(@NotNull @Schema(required = true) Long version) {
}
