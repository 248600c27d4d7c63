package ru.opora.identification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertDecision", description = "Решение эксперта по школе: добавить в перечень или исключить, с причиной")
public record ExpertDecision(
        @NotNull @Schema(required = true) Long schoolId,
        @NotBlank @Size(max = 2000) @Schema(required = true, examples = "По итогам выездной экспертизы РРГ") String reason) {
}
