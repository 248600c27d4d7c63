package ru.opora.identification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriteriaRuleGroupInput", description = "Группа правил (входа или выхода) и их сочетание")
public record RuleGroupInput(
        @NotNull @Schema(required = true) Combination combination,
        @Min(1) @Max(20) @Schema(nullable = true, description = "Для AT_LEAST: сколько правил должно выполняться") Integer atLeast,
        @NotNull @Size(max = 20) @Schema(required = true) List<@NotNull @Valid RuleInput> rules) {
}
