package ru.opora.identification;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.indicator.Better;
import ru.opora.indicator.ValueType;

@Schema(name = "RuleIndicator", description = "Показатель, который может назвать правило: единица, диапазон, разрезы, число участников")
public record RuleIndicatorView(
        int id,
        String code,
        String name,
        String groupName,
        ValueType valueType,
        @Schema(nullable = true) String unit,
        Better better,
        @Schema(nullable = true) BigDecimal minValue,
        @Schema(nullable = true) BigDecimal maxValue,
        @Schema(description = "Разрезы; у показателя без разрезов — пусто") List<CutView> cuts,
        @Schema(nullable = true, description = "Показатель числа участников (для минимального числа участников)")
        String participantsName) {
}
