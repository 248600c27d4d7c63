package ru.opora.identification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearEvidence", description = "Год окна правила: итог, сколько значений учтено, исключено по числу участников,"
        + " выполнило условие, и сами значения, выполнившие его")
public record YearEvidence(
        int year,
        YearStatus status,
        @Schema(description = "Учтено значений (принятых, с достаточным числом участников)") int counted,
        @Schema(description = "Не учтено из-за малого числа участников") int excluded,
        @Schema(description = "Учтённых значений, выполнивших условие") int met,
        List<ValueEvidence> values) {
}
