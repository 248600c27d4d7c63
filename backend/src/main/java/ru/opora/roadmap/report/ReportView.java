package ru.opora.roadmap.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;
import ru.opora.roadmap.RoadmapPermission;

@Schema(name = "RoadmapReport", description = "Отчёт о выполнении дорожной карты за период")
public record ReportView(
        long roadmapId,
        String roadmapTitle,
        OrganisationView owner,
        @Schema(examples = "2025-Q2") String period,
        @Schema(examples = "II квартал 2025 г.") String periodLabel,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate dueOn,
        @Schema(nullable = true, description = "null — отчёт ещё не начат") ReportStatus status,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true) String submittedBy,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true) String reviewedBy,
        @Schema(nullable = true) String reviewComment,
        @Schema(nullable = true, description = "null — отчёта ещё нет") Long version,
        List<ItemReportView> items,
        List<RoadmapPermission> allowed) {
}
