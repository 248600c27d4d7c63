package ru.opora.roadmap.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;
import ru.opora.common.error.FieldError;

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
        @Schema(description = "Отчёт просрочен: день сдачи прошёл, а отчёт не сдан (вычислено на сегодня)") boolean overdue,
        @Schema(nullable = true, description = "null — отчёт ещё не начат") ReportStatus status,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true, description = "Логин сдавшего") String submittedBy,
        @Schema(nullable = true, description = "Имя сдавшего, как его читают люди (логин, если имя неизвестно)") String submittedByName,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true, description = "Логин проверившего") String reviewedBy,
        @Schema(nullable = true, description = "Имя проверившего (логин, если имя неизвестно)") String reviewedByName,
        @Schema(nullable = true) String reviewComment,
        @Schema(nullable = true, description = "null — отчёта ещё нет") Long version,
        List<ItemReportView> items,
        @Schema(description = "Кто вызывающий для этого отчёта") ReportActor actor,
        @Schema(description = "Что вызывающий может сделать с отчётом сейчас") List<ReportPermission> allowed,
        @Schema(description = "Чего не хватает, чтобы сдать отчёт (владельцу, пока отчёт можно править); пусто — можно сдавать")
        List<FieldError> missing) {
}
