package ru.opora.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompletenessRow", description = "Полнота сбора: сколько форм ожидается и в каком они состоянии")
public record CompletenessRow(
        @Schema(nullable = true, description = "Муниципалитет; пусто в итоговой строке") Long municipalityId,
        String municipalityName,
        long expected,
        long notStarted,
        long draft,
        @Schema(description = "Сданы и ждут проверки") long submitted,
        long returned,
        long accepted,
        @Schema(description = "Не сданы, хотя срок прошёл") long late,
        @Schema(description = "Доля сданных (на проверке и принятых), %") double completion,
        @Schema(description = "Доля принятых муниципалитетом, %; сбор завершён, когда она 100") double acceptance) {

    static CompletenessRow of(Long municipalityId, String name, long expected, long notStarted, long draft,
                              long submitted, long returned, long accepted, long late) {
        double completion = expected == 0 ? 0 : Math.round((submitted + accepted) * 1000.0 / expected) / 10.0;
        double acceptance = expected == 0 ? 0 : Math.round(accepted * 1000.0 / expected) / 10.0;
        return new CompletenessRow(municipalityId, name, expected, notStarted, draft, submitted, returned, accepted,
                late, completion, acceptance);
    }
}
