package ru.opora.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.indicator.ValueType;
import ru.opora.indicator.value.ValueStatus;

@Schema(name = "FormField", description = "Поле формы: показатель (в разрезе), его значение, прошлое значение и цель")
public record FormField(
        int indicatorId,
        String code,
        String name,
        @Schema(nullable = true) String unit,
        ValueType valueType,
        boolean required,
        @Schema(description = "Вычисляется из числителя и знаменателя; не вводится") boolean computed,
        @Schema(nullable = true) BigDecimal minValue,
        @Schema(nullable = true) BigDecimal maxValue,
        @Schema(nullable = true) BigDecimal maxChange,
        @Schema(description = "Разрез: ключ вида GRADE=4;SUBJECT=MATH, пусто — школа в целом") String disaggregation,
        @Schema(examples = "Математика, 4 класс") String disaggregationLabel,
        @Schema(nullable = true) BigDecimal number,
        @Schema(nullable = true) Boolean flag,
        @Schema(nullable = true) String text,
        @Schema(nullable = true) String comment,
        @Schema(nullable = true, description = "Состояние значения; пусто — ещё не введено") ValueStatus status,
        @Schema(nullable = true) String returnReason,
        @Schema(nullable = true, description = "Версия значения для сохранения; пусто — ещё не введено") Integer version,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true) String updatedBy,
        String previousPeriod,
        @Schema(nullable = true) BigDecimal previousNumber,
        @Schema(nullable = true) Boolean previousFlag,
        @Schema(nullable = true) String previousText,
        @Schema(nullable = true, description = "Целевое значение региона на год периода") BigDecimal target,
        @Schema(description = "Правила, по которым сервер проверит значение; SPA показывает их сообщения сразу при вводе")
        List<FieldCheck> checks) {
}
