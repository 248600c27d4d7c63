package ru.opora.identification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ministry's approval of the list the set proposes, with its order, and the expert's additions and exclusions
 * (each with a reason). The set's version last read guards against a change made meanwhile.
 */
@Schema(name = "IdentificationApproval", description = "Утверждение перечня приказом с решениями эксперта")
public record ApprovalInput(
        @NotNull @Schema(required = true, description = "Версия набора критериев, по которой смотрели расчёт") Long version,
        @Valid @Schema(nullable = true, description = "Приказ (обязателен)") ApprovalOrder document,
        @Size(max = 500) @Schema(nullable = true, description = "Добавить в перечень (не отобранные критериями)")
        List<@NotNull @Valid ExpertDecision> additions,
        @Size(max = 500) @Schema(nullable = true, description = "Исключить из предлагаемого перечня")
        List<@NotNull @Valid ExpertDecision> exclusions) {
}
