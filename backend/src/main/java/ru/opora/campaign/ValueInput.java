package ru.opora.campaign;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValueInput", description = "Значение поля формы; если number, flag и text пусты — значение удаляется")
public record ValueInput(
        @NotNull @Schema(required = true) Integer indicatorId,
        @Size(max = 200) @Schema(nullable = true, description = "Ключ разреза из поля формы; пусто — школа в целом") String disaggregation,
        @Schema(nullable = true, description = "Для типов PERCENT, NUMBER, INTEGER") BigDecimal number,
        @Schema(nullable = true, description = "Для типа BOOLEAN") Boolean flag,
        @Size(max = 2000) @Schema(nullable = true, description = "Для типа TEXT") String text,
        @Size(max = 2000) @Schema(nullable = true) String comment,
        @Schema(nullable = true, description = "Версия из поля формы; пусто для нового значения") Integer version) {
}
