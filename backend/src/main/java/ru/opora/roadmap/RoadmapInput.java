package ru.opora.roadmap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new roadmap of the caller's own organisation. With {@code parentId} it implements a roadmap of the level
 * above; {@code parentItemIds} are the parent's items to take over (cascade), each keeping its link.
 */
@Schema(name = "RoadmapInput", description = "Новая дорожная карта своей организации (в том числе на основе вышестоящей)")
public record RoadmapInput(
        @NotBlank @Size(max = 8) @Schema(examples = "1.2", required = true) String directionCode,
        @NotBlank @Size(max = 500) @Schema(required = true) String title,
        @Size(max = 4000) String goal,
        @Size(max = 4000) String tasks,
        @NotNull @Min(2000) @Max(2100) @Schema(examples = "2025", required = true) Integer yearFrom,
        @NotNull @Min(2000) @Max(2100) @Schema(examples = "2026", required = true) Integer yearTo,
        @NotNull @Schema(required = true) Periodicity periodicity,
        @NotNull @Min(1) @Max(28) @Schema(examples = "5", required = true,
                description = "День месяца, следующего за отчётным периодом, до которого сдаётся отчёт") Integer reportDueDay,
        @Schema(description = "Вышестоящая дорожная карта, которую реализует эта") Long parentId,
        @Size(max = 500) @Schema(description = "Мероприятия вышестоящей карты, которые переносятся в новую")
        List<@NotNull Long> parentItemIds) {
}
