package ru.opora.identification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

@Schema(name = "IdentificationDryRun", description = "Пробный расчёт («что если»): школы, которых касается решение,"
        + " с основаниями и разницей с перечнем прошлого года")
public record DryRunView(
        long criteriaSetId,
        int setVersion,
        int year,
        SchoolCategory category,
        @Schema(description = "Школ рассмотрено") int evaluatedSchools,
        @Schema(description = "Школ в перечне прошлого года") int previousListSize,
        Counts counts,
        List<SchoolEvidence> schools) {

    @Schema(name = "IdentificationCounts", description = "Сколько школ входит, остаётся, выходит, на решение эксперта, пропущено")
    public record Counts(int entering, int staying, int leaving, int flagged, int skipped,
                         @Schema(description = "Предлагаемый перечень: входят и остаются") int proposed,
                         @Schema(description = "Уже имеют категорию на год, но не предлагаются (будет отозвана при утверждении)")
                         int assignedNotProposed) {
    }
}
