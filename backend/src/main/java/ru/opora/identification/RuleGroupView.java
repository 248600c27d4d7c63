package ru.opora.identification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriteriaRuleGroup", description = "Группа правил и их сочетание")
public record RuleGroupView(Combination combination, @Schema(nullable = true) Integer atLeast, List<RuleView> rules) {
}
