package ru.opora.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryAssignmentInput", description = "Присвоение категории школе на год")
public record CategoryAssignmentInput(
        @NotNull @Min(2015) @Max(2100) @Schema(examples = "2026", required = true) Integer year,
        @NotNull @Schema(required = true) SchoolCategory category,
        @NotNull @Valid @Schema(required = true) ApprovingDocument document) {
}
