package ru.opora.identification;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleConditionView", description = "Условие правила, как оно сохранено, с подписями")
public record ConditionView(
        int indicatorId,
        String indicatorCode,
        String indicatorName,
        @Schema(nullable = true) String unit,
        @Schema(description = "Выбранные разрезы; при allCuts — все разрезы показателя") List<CutView> cuts,
        @Schema(description = "Условие читается по всем разрезам показателя") boolean allCuts,
        CutMatch cutMatch,
        @Schema(nullable = true) Integer minCuts,
        Comparison comparison,
        BigDecimal threshold,
        int yearsRequired,
        int yearsWindow,
        @Schema(nullable = true) Integer minParticipants,
        MissingData missingData,
        @Schema(description = "Условие словами: «Доля … ≥ 30 % — в 2 из 2 последних лет»") String text) {
}
