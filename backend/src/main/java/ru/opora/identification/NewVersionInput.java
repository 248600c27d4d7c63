package ru.opora.identification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriteriaSetVersionInput", description = "Новая версия набора критериев (копия с правилами)")
public record NewVersionInput(
        @Min(2000) @Max(2100) @Schema(nullable = true, description = "Год перечня новой версии; пусто — тот же год")
        Integer year) {
}
