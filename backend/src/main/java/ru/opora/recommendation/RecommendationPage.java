package ru.opora.recommendation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationPage", description = "Страница списка рекомендаций")
public record RecommendationPage(List<RecommendationView> items, long total, int page, int size,
                                 @Schema(description = "Дата, на которую вычислены просрочки") LocalDate asOf) {
}
