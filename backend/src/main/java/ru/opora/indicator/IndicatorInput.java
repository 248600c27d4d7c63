package ru.opora.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A regional indicator, new or changed; {@code version} is required for a change. */
@Schema(name = "IndicatorInput", description = "Собственный показатель региона: новый или изменённый (с версией)")
public record IndicatorInput(
        @NotBlank @Size(max = 40) @Schema(examples = "SCHOOL_CLIMATE_INDEX", required = true,
                description = "Латинские заглавные буквы, цифры и «_»; по нему показатель узнают при обмене") String code,
        @NotBlank @Size(max = 500) @Schema(required = true) String name,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 32) @Schema(examples = "VARIABLE", required = true) String groupCode,
        @NotNull @Schema(required = true) ValueType valueType,
        @Size(max = 30) String unit,
        @NotNull @Schema(required = true) Better better,
        @NotNull @Schema(required = true) IndicatorSource source,
        @NotNull @Schema(required = true) IndicatorPeriodicity periodicity,
        @Size(max = 5) Map<String, @NotNull @Size(min = 1, max = 50) List<@NotBlank String>> dimensions,
        @Size(max = 40) String numeratorCode,
        @Size(max = 40) String denominatorCode,
        BigDecimal minValue,
        BigDecimal maxValue,
        Boolean required,
        BigDecimal maxChange,
        Boolean archived,
        @Schema(description = "Версия изменяемого показателя") Long version) {
}
