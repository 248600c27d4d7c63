package ru.opora.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.report.ReportStatus;

@Schema(name = "ReportingPeriodView", description = "Отчётный период дорожной карты и состояние отчёта за него")
public record PeriodView(
        @Schema(examples = "2025-Q2") String code,
        @Schema(examples = "II квартал 2025 г.") String label,
        LocalDate startsOn,
        LocalDate endsOn,
        @Schema(description = "Срок сдачи отчёта") LocalDate dueOn,
        @Schema(description = "Отчёт за период ожидается (карта утверждена, период не раньше утверждения)") boolean expected,
        @Schema(description = "Срок прошёл, а отчёт не сдан") boolean overdue,
        @Schema(nullable = true, description = "Нет отчёта — null") ReportStatus reportStatus,
        @Schema(nullable = true) Instant submittedAt) {
}
