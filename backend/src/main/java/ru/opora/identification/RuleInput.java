package ru.opora.identification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriteriaRuleInput", description = "Правило набора критериев")
public record RuleInput(
        @Schema(nullable = true, description = "Правило этого набора, которое изменяется; пусто — новое правило") Long id,
        @Size(max = 300) @Schema(nullable = true, description = "Краткое название правила", examples = "Низкие результаты ВПР")
        String label,
        @NotNull @Valid @Schema(required = true) ConditionInput condition) {
}
