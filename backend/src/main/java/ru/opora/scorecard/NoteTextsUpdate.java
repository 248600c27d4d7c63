package ru.opora.scorecard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New text blocks of a snapshot's note, on the version of the snapshot the editor read. */
@Schema(name = "ScorecardNoteTextsUpdate", description = "Новые тексты записки с версией снимка, которую редактировали")
public record NoteTextsUpdate(
        @NotNull @Schema(required = true) Long version,
        @NotNull @Valid @Schema(required = true) NoteTexts texts) {
}
