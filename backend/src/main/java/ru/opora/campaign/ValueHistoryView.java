package ru.opora.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.indicator.value.ValueStatus;

@Schema(name = "ValueHistoryEntry", description = "Изменение значения: кто, когда, было → стало, почему")
public record ValueHistoryView(int indicatorId, String indicatorCode, String indicatorName, String disaggregationLabel,
                               @Schema(nullable = true) BigDecimal oldNumber, @Schema(nullable = true) String oldText, @Schema(nullable = true) BigDecimal newNumber, @Schema(nullable = true) String newText,
                               @Schema(nullable = true) ValueStatus oldStatus, ValueStatus newStatus, @Schema(nullable = true) String reason, Instant changedAt,
                               @Schema(description = "Логин") String changedBy,
                               @Schema(description = "Имя, как его читают люди (логин, если имя неизвестно)") String changedByName) {
}
