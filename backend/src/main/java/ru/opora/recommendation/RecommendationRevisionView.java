package ru.opora.recommendation;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationRevision", description = "Состояние рекомендации в истории: кто, когда, статус")
public record RecommendationRevisionView(
        long id,
        Instant changedAt,
        String changedBy,
        RecommendationStatus status,
        @Schema(nullable = true, description = "Ответ, отчёт об исполнении или причина отзыва в этом состоянии") String note) {
}
