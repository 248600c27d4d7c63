package ru.opora.identification;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleEvidence", description = "Почему правило выполнено или нет для школы: правило и его редакция, порог, годы,"
        + " значения")
public record RuleEvidence(
        long ruleId,
        int ruleRevision,
        @Schema(nullable = true) String label,
        String text,
        String indicatorCode,
        String indicatorName,
        @Schema(nullable = true) String unit,
        Comparison comparison,
        BigDecimal threshold,
        int yearsRequired,
        int yearsWindow,
        @Schema(nullable = true) Integer minParticipants,
        MissingData missingData,
        RuleOutcome outcome,
        int metYears,
        int missingYears,
        List<YearEvidence> years) {
}
