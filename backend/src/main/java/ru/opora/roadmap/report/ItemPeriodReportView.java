package ru.opora.roadmap.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ItemPeriodReport", description = "Отчёт по мероприятию в одном из периодов")
public record ItemPeriodReportView(
        String period,
        String periodLabel,
        ReportStatus reportStatus,
        ItemStatus status,
        @Schema(nullable = true) String doneText,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) BigDecimal actualValue,
        List<EvidenceLink> evidence,
        List<AttachmentView> attachments,
        @Schema(nullable = true) String reviewComment,
        Instant updatedAt,
        String updatedBy) {
}
