package ru.opora.roadmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure of a draft roadmap. Either {@code wholePeriod} or at least one window inside the roadmap's years. */
@Schema(name = "ItemInput", description = "Мероприятие дорожной карты")
public record ItemInput(
        @NotNull @Schema(required = true) Long sectionId,
        @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-zА-Яа-я.\\-]+", message = "{opora.item.number}")
        @Schema(examples = "1.3", required = true) String number,
        @NotBlank @Size(max = 2000) @Schema(required = true) String title,
        @NotBlank @Size(max = 300) @Schema(examples = "март 2025, март 2026", required = true) String timeframe,
        @Schema(description = "В течение всего периода действия дорожной карты") boolean wholePeriod,
        @Size(max = 24) List<@NotNull @Valid DateWindow> windows,
        @Size(max = 1000) @Schema(examples = "ИРОСО, РЦОКОСО, МОСО") String executors,
        @Size(max = 50) List<@NotNull @Valid OrganisationKey> executorOrganisations,
        @Size(max = 2000) String expectedResult,
        @Size(max = 300) String plannedIndicator,
        @DecimalMin("-99999999999") @DecimalMax("99999999999") BigDecimal plannedValue,
        @Schema(description = "Мероприятие вышестоящей дорожной карты, которое реализует это") Long parentItemId,
        @Schema(description = "Версия при изменении мероприятия") Long version,
        @Schema(nullable = true, description = "Фактор риска «500+», на который направлено мероприятие (антирисковая программа)")
        Long riskFactorId) {
}
