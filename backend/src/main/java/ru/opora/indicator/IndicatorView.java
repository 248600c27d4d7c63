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
        String description,
        String groupCode,
        String groupName,
        ValueType valueType,
        String unit,
        Better better,
        IndicatorSource source,
        IndicatorPeriodicity periodicity,
        @Schema(description = "Разрезы и их допустимые значения, например {\"SUBJECT\": [\"RUS\", \"MATH\"]}")
        Map<String, List<String>> dimensions,
        @Schema(description = "Для вычисляемой доли: код показателя-числителя") String numeratorCode,
        @Schema(description = "Для вычисляемой доли: код показателя-знаменателя") String denominatorCode,
        boolean computed,
        BigDecimal minValue,
        BigDecimal maxValue,
        boolean required,
        @Schema(description = "Изменение к прошлому периоду больше этого требует комментария") BigDecimal maxChange,
        boolean archived,
        @Schema(description = "Показатель общего каталога (иначе — собственный показатель региона)") boolean common,
        @Schema(description = "Целевые значения региона вызывающего по годам") List<TargetView> targets,
        long version) {
}
