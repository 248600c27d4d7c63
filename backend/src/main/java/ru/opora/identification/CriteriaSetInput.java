package ru.opora.identification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

/**
 * A criteria set as the editor sends it, whole: heading, entry rules and (optional) exit rules. On a change the
 * version last read is required; rules with an id are changed in place, rules without one are added, the others removed.
 */
@Schema(name = "CriteriaSetInput", description = "Набор критериев выявления: год перечня, категория, правила входа и выхода")
public record CriteriaSetInput(
        @NotNull @Min(2000) @Max(2100) @Schema(required = true, examples = "2026", description = "Год перечня") Integer year,
        @NotNull @Schema(required = true, description = "SHNOR, SHNSU или NON_OBJECTIVE_RESULTS") SchoolCategory category,
        @NotBlank @Size(max = 300) @Schema(required = true) String name,
        @Size(max = 4000) @Schema(nullable = true) String note,
        @NotNull @Valid @Schema(required = true, description = "Правила входа в перечень") RuleGroupInput entry,
        @Valid @Schema(nullable = true, description = "Правила выхода из перечня; пусто — школа остаётся, пока выполняет правила входа")
        RuleGroupInput exit,
        @Schema(nullable = true, description = "Версия при изменении") Long version) {
}
