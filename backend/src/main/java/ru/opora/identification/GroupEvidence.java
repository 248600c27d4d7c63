package ru.opora.identification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupEvidence", description = "Итог группы правил (входа или выхода) для школы и доказательства по каждому правилу")
public record GroupEvidence(Combination combination, @Schema(nullable = true) Integer atLeast, RuleOutcome outcome,
                            List<RuleEvidence> rules) {
}
