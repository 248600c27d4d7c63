package ru.opora.roadmap.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ItemReport", description = "Отчёт по мероприятию за период; пустой, пока его не заполнили")
public record ItemReportView(
        long itemId,
        String number,
        String title,
        String sectionTitle,
        String timeframe,
        @Schema(description = "Мероприятие начинается не позже конца периода: отчёт по нему обязателен") boolean required,
        @Schema(nullable = true) ItemStatus status,
        @Schema(nullable = true) String doneText,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) BigDecimal actualValue,
        @Schema(nullable = true) String plannedIndicator,
        @Schema(nullable = true) BigDecimal plannedValue,
        List<EvidenceLink> evidence,
        List<AttachmentView> attachments,
        @Schema(description = "Методические мероприятия периода, выполнявшие это мероприятие (подтверждения из реестра мероприятий)")
        List<EventEvidence> events,
        @Schema(nullable = true, description = "null — записи ещё нет") Long version,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true) String updatedBy) {
}
