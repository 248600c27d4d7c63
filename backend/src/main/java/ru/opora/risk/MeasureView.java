package ru.opora.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.report.ItemStatus;

@Schema(name = "RiskMeasure", description = "Мероприятие антирисковой программы школы, направленное на фактор")
public record MeasureView(
        long roadmapId,
        String roadmapTitle,
        long itemId,
        String number,
        String title,
        @Schema(nullable = true, description = "Последний отчётный статус") ItemStatus lastStatus) {
}
