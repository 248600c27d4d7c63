package ru.opora.scorecard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The expert's text blocks of the analytical note, as in seed 002: the context, the problems, the leading factors and
 * the recommendations to the municipal services. Pre-filled from the marks when the snapshot is made; paragraphs are
 * separated by line breaks.
 */
@Schema(name = "ScorecardNoteTexts", description = "Текстовые разделы аналитической записки; абзацы разделены переводом строки")
public record NoteTexts(
        @NotNull @Size(max = NoteTexts.MAX) @Schema(required = true, description = "Общие сведения") String context,
        @NotNull @Size(max = NoteTexts.MAX) @Schema(required = true, description = "Проблемы") String problems,
        @NotNull @Size(max = NoteTexts.MAX) @Schema(required = true, description = "Ведущие факторы") String factors,
        @NotNull @Size(max = NoteTexts.MAX) @Schema(required = true, description = "Рекомендации муниципальным службам")
        String recommendations) {

    public static final int MAX = 20000;
}
