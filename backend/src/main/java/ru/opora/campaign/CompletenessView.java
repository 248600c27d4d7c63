package ru.opora.campaign;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Completeness", description = "Полнота сбора по кампании: по муниципалитетам и итог")
public record CompletenessView(long campaignId, LocalDate asOf, LocalDate deadline, CompletenessRow total,
                               List<CompletenessRow> municipalities) {
}
