package ru.opora.roadmap;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.report.ItemStatus;

@Schema(name = "RoadmapItem", description = "Мероприятие дорожной карты")
public record ItemView(
        long id,
        long sectionId,
        int position,
        String number,
        String title,
        String timeframe,
        boolean wholePeriod,
        List<DateWindow> windows,
        @Schema(nullable = true) String executors,
        List<OrganisationView> executorOrganisations,
        @Schema(nullable = true) String expectedResult,
        @Schema(nullable = true) String plannedIndicator,
        @Schema(nullable = true) BigDecimal plannedValue,
        @Schema(nullable = true) ParentItemView parentItem,
        @Schema(nullable = true, description = "Последний отчётный статус") ItemStatus lastStatus,
        @Schema(description = "Срок прошёл, а мероприятие не выполнено") boolean overdue,
        @Schema(nullable = true, description = "Только у карт, которые реализуют нижестоящие") ChildProgress childProgress,
        long version,
        @Schema(nullable = true, description = "Фактор риска «500+», на который направлено мероприятие") Long riskFactorId) {

    @Schema(name = "ParentItem", description = "Мероприятие вышестоящей карты")
    public record ParentItemView(long id, long roadmapId, String number, String title) {
    }
}
