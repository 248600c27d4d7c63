package ru.opora.curator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's visit as they plan it and then record it; {@code version} is required to change a recorded one. */
@Schema(name = "CuratorVisitInput", description = "Визит куратора в школу")
public record VisitInput(
        @NotNull @Schema(required = true) Long schoolId,
        @NotNull @Schema(required = true) LocalDate visitOn,
        @NotBlank @Size(max = 2000) @Schema(required = true, examples = "Анализ результатов ВПР и плана повышения качества")
        String purpose,
        @Schema(nullable = true, description = "По умолчанию PLANNED") VisitStatus status,
        @Size(max = 4000) @Schema(nullable = true, description = "Выводы визита; обязательны для HELD") String findings,
        @Schema(nullable = true, description = "Версия записи; обязательна при изменении") Long version) {
}
