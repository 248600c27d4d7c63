package ru.opora.roadmap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The heading of a draft roadmap, with the version the client read. */
@Schema(name = "RoadmapUpdate", description = "Изменение заголовочной части черновика дорожной карты")
public record RoadmapUpdate(
        @NotBlank @Size(max = 8) @Schema(required = true) String directionCode,
        @NotBlank @Size(max = 500) @Schema(required = true) String title,
        @Size(max = 4000) String goal,
        @Size(max = 4000) String tasks,
        @NotNull @Min(2000) @Max(2100) @Schema(required = true) Integer yearFrom,
        @NotNull @Min(2000) @Max(2100) @Schema(required = true) Integer yearTo,
        @NotNull @Schema(required = true) Periodicity periodicity,
        @NotNull @Min(1) @Max(28) @Schema(required = true) Integer reportDueDay,
        @NotNull @Schema(required = true) Long version) {
}
