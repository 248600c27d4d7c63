package ru.opora.roadmap.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ItemReportInput", description = "Отчёт по мероприятию за период")
public record ItemReportInput(
        @NotNull @Schema(required = true) ItemStatus status,
        @Size(max = 4000) @Schema(nullable = true, description = "Что сделано") String doneText,
        @Size(max = 2000) @Schema(nullable = true, description = "Причина — обязательна для «не выполнено» и «отменено»") String reason,
        @DecimalMin("-99999999999") @DecimalMax("99999999999") @Schema(nullable = true) BigDecimal actualValue,
        @Size(max = 20) List<@NotNull @Valid EvidenceLink> evidence,
        @Schema(nullable = true, description = "Версия записи; не указывается, когда отчёта по мероприятию ещё нет") Long version) {
}
