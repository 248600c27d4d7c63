package ru.opora.scorecard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

/** The region's scorecard settings as read and as changed. */
public final class ScorecardSettingsViews {

    private ScorecardSettingsViews() {
    }

    @Schema(name = "ScorecardCriterionThreshold", description = "Пороги одного критерия")
    public record CriterionThreshold(
            @NotNull Criterion criterion,
            @Schema(description = "Номер критерия по семени 002") Integer number,
            @Schema(nullable = true) String title,
            @NotNull @Valid Threshold threshold) {
    }

    @Schema(name = "ScorecardSettings", description = "Настройки оценки региона: пороги критериев, категории школ программы,"
            + " показатели эффективности мер")
    public record View(
            long regionId,
            List<CriterionThreshold> thresholds,
            List<SchoolCategory> programmeCategories,
            List<ScorecardViews.EffectIndicator> effectIndicators,
            long version,
            Instant updatedAt,
            String updatedBy,
            List<ScorecardSettingsPermission> allowed) {
    }

    @Schema(name = "ScorecardSettingsInput", description = "Новые настройки оценки региона (с версией последнего чтения)")
    public record Input(
            @NotNull @Size(min = 1, max = 6) List<@NotNull @Valid ThresholdInput> thresholds,
            @NotNull @Size(min = 1, max = 5) List<@NotNull SchoolCategory> programmeCategories,
            @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 40) String> effectIndicators,
            @NotNull @Schema(required = true) Long version) {
    }

    @Schema(name = "ScorecardThresholdInput", description = "Пороги одного критерия")
    public record ThresholdInput(
            @NotNull @Schema(required = true) Criterion criterion,
            @NotNull @Schema(required = true, examples = "80") Integer met,
            @NotNull @Schema(required = true, examples = "50") Integer partly) {
    }
}
