package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriteriaRule", description = "Правило набора критериев")
public record RuleView(
        long id,
        int position,
        @Schema(nullable = true) String label,
        @Schema(description = "Редакция правила: растёт при каждом изменении условия") int revision,
        ConditionView condition) {
}
