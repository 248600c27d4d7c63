package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IdentificationListEntry", description = "Школа в решении: вывод критериев, решение министерства, причина,"
        + " основания на момент утверждения")
public record ListEntryView(
        long schoolId,
        String schoolCode,
        String schoolName,
        long municipalityId,
        String municipalityName,
        Outcome outcome,
        Decision decision,
        @Schema(description = "Школа в утверждённом перечне") boolean listed,
        @Schema(nullable = true, description = "Причина решения эксперта (добавлена, исключена)") String reason,
        @Schema(description = "Основание словами") String basis,
        SchoolEvidence evidence) {
}
