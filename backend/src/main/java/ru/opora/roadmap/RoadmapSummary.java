package ru.opora.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapSummary", description = "Строка списка дорожных карт")
public record RoadmapSummary(
        long id,
        RoadmapLevel level,
        String title,
        DirectionView direction,
        OrganisationView owner,
        int yearFrom,
        int yearTo,
        Periodicity periodicity,
        RoadmapStatus status,
        int revision,
        @Schema(nullable = true) Long parentId,
        @Schema(description = "Мероприятий") long itemsCount,
        @Schema(description = "Просроченных мероприятий на дату asOf") long overdueItems,
        @Schema(description = "Не сданных в срок отчётов на дату asOf") long overdueReports) {
}
