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

@Schema(name = "SchoolUpdate", description = "Изменение сведений о школе; version — из последнего чтения")
public record SchoolUpdate(
        @NotBlank @Size(max = 20) @Pattern(regexp = SchoolDetails.CODE_PATTERN, message = "{opora.school.code}")
        @Schema(required = true) String code,
        @NotBlank @Size(max = 500) @Schema(required = true) String fullName,
        @NotBlank @Size(max = 200) @Schema(required = true) String shortName,
        @NotBlank @Size(max = 500) @Schema(required = true) String address,
        @NotNull @Schema(required = true) SettlementType settlementType,
        @NotEmpty @Schema(required = true) Set<@NotNull EducationLevel> levels,
        @NotNull @PositiveOrZero @Max(100_000) @Schema(required = true) Integer studentsCount,
        @NotNull @PositiveOrZero @Max(10_000) @Schema(required = true) Integer teachersCount,
        @NotNull @Schema(description = "Версия, которую видел пользователь", required = true) Long version)
        implements SchoolDetails {
}
