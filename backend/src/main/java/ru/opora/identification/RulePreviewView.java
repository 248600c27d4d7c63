package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RulePreview", description = "Сколько школ региона правило отбирает само по себе")
public record RulePreviewView(
        int evaluatedSchools,
        int met,
        int notMet,
        @Schema(description = "На решение эксперта (нет данных)") int flagged,
        @Schema(description = "Пропущены (нет данных)") int skipped,
        @Schema(description = "Условие словами") String text) {
}
