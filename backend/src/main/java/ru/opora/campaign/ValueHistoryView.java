package ru.opora.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.indicator.value.ValueStatus;

@Schema(name = "ValueHistoryEntry", description = "Изменение значения: кто, когда, было → стало, почему")
public record ValueHistoryView(int indicatorId, String indicatorCode, String indicatorName, String disaggregationLabel,
                               BigDecimal oldNumber, String oldText, BigDecimal newNumber, String newText,
                               ValueStatus oldStatus, ValueStatus newStatus, String reason, Instant changedAt,
                               String changedBy) {
}
