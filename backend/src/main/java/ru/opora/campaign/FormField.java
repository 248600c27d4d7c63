package ru.opora.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.indicator.ValueType;
import ru.opora.indicator.value.ValueStatus;

@Schema(name = "FormField", description = "Поле формы: показатель (в разрезе), его значение, прошлое значение и цель")
public record FormField(
        int indicatorId,
        String code,
        String name,
        String unit,
        ValueType valueType,
        boolean required,
        @Schema(description = "Вычисляется из числителя и знаменателя; не вводится") boolean computed,
        BigDecimal minValue,
        BigDecimal maxValue,
        BigDecimal maxChange,
        @Schema(description = "Разрез: ключ вида GRADE=4;SUBJECT=MATH, пусто — школа в целом") String disaggregation,
        @Schema(examples = "Математика, 4 класс") String disaggregationLabel,
        BigDecimal number,
        Boolean flag,
        String text,
        String comment,
        @Schema(description = "Состояние значения; пусто — ещё не введено") ValueStatus status,
        String returnReason,
        @Schema(description = "Версия значения для сохранения; пусто — ещё не введено") Integer version,
        Instant updatedAt,
        String updatedBy,
        String previousPeriod,
        BigDecimal previousNumber,
        Boolean previousFlag,
        String previousText,
        @Schema(description = "Целевое значение региона на год периода") BigDecimal target) {
}
