package ru.opora.roadmap;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapPage", description = "Страница списка дорожных карт")
public record RoadmapPage(
        List<RoadmapSummary> items,
        long total,
        int page,
        int size,
        @Schema(description = "Дата, на которую вычислены просрочки") LocalDate asOf) {
}
