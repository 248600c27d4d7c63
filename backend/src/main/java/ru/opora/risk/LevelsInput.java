package ru.opora.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskLevelsInput", description = "Самооценка школы: уровни по факторам (названные заменяются, прочие не меняются)")
public record LevelsInput(
        @NotNull @Size(max = 100) @Schema(required = true) List<@NotNull @Valid LevelInput> levels,
        @NotNull @Schema(required = true, description = "Версия профиля; 0 — профиль ещё не начат") Long version) {
}
