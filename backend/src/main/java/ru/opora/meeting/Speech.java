package ru.opora.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** «СЛУШАЛИ: и.о. начальника Управления образования Н.П. Кутькову, по вопросу …» — a speaker as written and what was said. */
@Schema(name = "Speech", description = "Выступление: докладчик, как в документе, и содержание")
public record Speech(
        @NotBlank @Size(max = 500) @Schema(required = true, examples = "и.о. начальника Управления образования Н.П. Кутькову")
        String speaker,
        @Size(max = 8000) @Schema(nullable = true, examples = "по вопросу «О выполнении дорожной карты …»") String summary) {

    Speech stripped() {
        return new Speech(speaker.strip(), summary == null || summary.isBlank() ? null : summary.strip());
    }
}
