package ru.opora.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Roadmap", description = "Дорожная карта целиком: заголовок, блоки, мероприятия, отчётные периоды")
public record RoadmapView(
        long id,
        RoadmapLevel level,
        OrganisationView owner,
        DirectionView direction,
        String title,
        @Schema(nullable = true) String goal,
        @Schema(nullable = true) String tasks,
        int yearFrom,
        int yearTo,
        Periodicity periodicity,
        int reportDueDay,
        @Schema(nullable = true) RoadmapDocument document,
        RoadmapStatus status,
        int revision,
        @Schema(nullable = true) String revisionReason,
        @Schema(nullable = true) ParentView parent,
        List<SectionView> sections,
        List<PeriodView> periods,
        @Schema(description = "Дата, на которую вычислены просрочки") LocalDate asOf,
        long overdueItems,
        long overdueReports,
        @Schema(description = "Дочерних дорожных карт") long childrenCount,
        @Schema(description = "Что вызывающий может сделать с картой") List<RoadmapPermission> allowed,
        long version,
        Instant updatedAt,
        String updatedBy) {

    /** The same roadmap with what this caller may do with it: the rest is the same for every caller. */
    public RoadmapView withAllowed(List<RoadmapPermission> allowed) {
        return new RoadmapView(id, level, owner, direction, title, goal, tasks, yearFrom, yearTo, periodicity,
                reportDueDay, document, status, revision, revisionReason, parent, sections, periods, asOf, overdueItems,
                overdueReports, childrenCount, allowed, version, updatedAt, updatedBy);
    }

    @Schema(name = "ParentRoadmap", description = "Вышестоящая дорожная карта")
    public record ParentView(long id, String title, OrganisationView owner) {
    }
}
