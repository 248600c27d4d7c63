package ru.opora.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "Показатель мониторинга из каталога")
public record IndicatorView(
        int id,
        @Schema(examples = "VPR4_HIGH_INDEX") String code,
        String name,
        @Schema(nullable = true) String description,
        String groupCode,
        String groupName,
        ValueType valueType,
        @Schema(nullable = true) String unit,
        Better better,
        IndicatorSource source,
        IndicatorPeriodicity periodicity,
        @Schema(description = "Разрезы и их допустимые значения, например {\"SUBJECT\": [\"RUS\", \"MATH\"]}")
        Map<String, List<String>> dimensions,
        @Schema(nullable = true, description = "Для вычисляемой доли: код показателя-числителя") String numeratorCode,
        @Schema(nullable = true, description = "Для вычисляемой доли: код показателя-знаменателя") String denominatorCode,
        boolean computed,
        @Schema(nullable = true) BigDecimal minValue,
        @Schema(nullable = true) BigDecimal maxValue,
        boolean required,
        @Schema(nullable = true, description = "Изменение к прошлому периоду больше этого требует комментария") BigDecimal maxChange,
        boolean archived,
        @Schema(description = "Показатель общего каталога (иначе — собственный показатель региона)") boolean common,
        @Schema(description = "Целевые значения региона вызывающего по годам") List<TargetView> targets,
        @Schema(description = "Версия набора целей региона вызывающего (для изменения целей); 0 — целей ещё не задавали")
        long targetsVersion,
        long version) {
}
