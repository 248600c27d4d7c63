package ru.opora.identification;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule's condition as the editor sends it: «доля отметок «2» ВПР ≥ 30 % хотя бы в одном разрезе, в 2 из 2
 * последних лет, не менее 10 участников». Checked against the catalogue on save (unknown indicators or cuts,
 * thresholds outside the indicator's range: 422 naming the field).
 */
@Schema(name = "RuleConditionInput", description = "Условие правила: показатель, разрезы, сравнение с порогом, устойчивость,"
        + " минимальное число участников, смысл отсутствия данных")
public record ConditionInput(
        @NotNull @Schema(required = true, description = "Показатель каталога") Integer indicatorId,
        @Size(max = 60) @Schema(nullable = true, description = "Разрезы показателя («GRADE=4;SUBJECT=MATH»); пусто — все разрезы")
        List<@NotBlank @Size(max = 200) String> cuts,
        @NotNull @Schema(required = true) CutMatch cutMatch,
        @Min(1) @Max(100) @Schema(nullable = true, description = "Для AT_LEAST: сколько разрезов должно выполнить условие в одном году")
        Integer minCuts,
        @NotNull @Schema(required = true) Comparison comparison,
        @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 4)
        @Schema(required = true, description = "Порог в единицах показателя", examples = "30") BigDecimal threshold,
        @NotNull @Min(1) @Max(10) @Schema(required = true, description = "Сколько лет из окна условие должно выполняться", examples = "2")
        Integer yearsRequired,
        @NotNull @Min(1) @Max(10) @Schema(required = true, description = "Окно: последние M лет перед годом перечня", examples = "2")
        Integer yearsWindow,
        @Min(1) @Max(100000) @Schema(nullable = true, description = "Минимальное число участников (только у показателей с числом участников)")
        Integer minParticipants,
        @NotNull @Schema(required = true) MissingData missingData) {
}
