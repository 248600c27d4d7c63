package ru.opora.identification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

@Schema(name = "RulePreviewInput", description = "Правило в редакторе: сколько школ региона оно отберёт само по себе")
public record RulePreviewInput(
        @NotNull @Min(2000) @Max(2100) @Schema(required = true, description = "Год перечня") Integer year,
        @NotNull @Schema(required = true) SchoolCategory category,
        @NotNull @Valid @Schema(required = true) ConditionInput condition) {
}
