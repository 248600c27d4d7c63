package ru.opora.curator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CuratorAssignmentInput", description = "Закрепление школы за куратором на год")
public record AssignmentInput(
        @NotNull @Min(2000) @Max(2100) @Schema(required = true, examples = "2026") Integer year,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{opora.username}")
        @Schema(required = true, description = "Учётная запись куратора", examples = "curator.penza1") String curatorUsername,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Е.П. Иванова, старший методист") String curatorName,
        @NotBlank @Size(max = 500) @Schema(required = true,
                examples = "ГАУ ДПО «Институт регионального развития Пензенской области»") String curatorOrganisation,
        @NotNull @Schema(required = true) Long schoolId) {
}
