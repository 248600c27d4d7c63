package ru.opora.school;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolInput", description = "Новая школа")
public record SchoolInput(
        @NotNull @Schema(required = true) Long municipalityId,
        @NotBlank @Size(max = 20) @Pattern(regexp = SchoolDetails.CODE_PATTERN, message = "{opora.school.code}")
        @Schema(description = "ИНН (10 цифр) или другой устойчивый код", examples = "5818003401", required = true)
        String code,
        @NotBlank @Size(max = 500) @Schema(required = true) String fullName,
        @NotBlank @Size(max = 200) @Schema(required = true) String shortName,
        @NotBlank @Size(max = 500) @Schema(required = true) String address,
        @NotNull @Schema(required = true) SettlementType settlementType,
        @NotEmpty @Schema(required = true) Set<@NotNull EducationLevel> levels,
        @NotNull @PositiveOrZero @Max(100_000) @Schema(required = true) Integer studentsCount,
        @NotNull @PositiveOrZero @Max(10_000) @Schema(required = true) Integer teachersCount) implements SchoolDetails {
}
