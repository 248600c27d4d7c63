package ru.opora.scorecard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of an expert's mark (or its confirmation after the data changed), with the version last read. */
@Schema(name = "ScorecardMarkUpdate", description = "Изменение экспертной оценки с комментарием и версией последнего чтения")
public record MarkUpdate(
        @NotNull @Schema(required = true, description = "MET, PARTLY или NOT_MET") Mark mark,
        @Size(max = 2000) @Schema(required = true, nullable = true, description = "Обоснование оценки (обязательно)") String comment,
        @Schema(required = true, nullable = true) Long version) {
}
