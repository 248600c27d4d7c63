package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the criteria say what they say about one school: the outcome and each group's rules with their values. */
@Schema(name = "SchoolEvidence", description = "Вывод по школе и его основания")
public record SchoolEvidence(
        long schoolId,
        String schoolCode,
        String schoolName,
        long municipalityId,
        String municipalityName,
        Outcome outcome,
        @Schema(description = "Школа в перечне прошлого года") boolean onPreviousList,
        @Schema(description = "Категория на год перечня уже присвоена") boolean assignedForYear,
        GroupEvidence entry,
        @Schema(nullable = true) GroupEvidence exit,
        @Schema(description = "Основание словами (для приложения к приказу)") String basis) {
}
