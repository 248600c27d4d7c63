package ru.opora.scorecard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expert's first mark of a criterion: confirming the computed one or overriding it, always with a comment. */
@Schema(name = "ScorecardMarkInput", description = "Экспертная оценка критерия с обязательным комментарием")
public record MarkInput(
        @NotNull @Schema(required = true) Criterion criterion,
        @NotNull @Schema(required = true, description = "MET, PARTLY или NOT_MET") Mark mark,
        @Size(max = 2000) @Schema(required = true, nullable = true, description = "Обоснование оценки (обязательно)",
                examples = "Отчёты за III квартал приняты после проверки сайта МОУО") String comment) {
}
