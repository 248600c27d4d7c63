package ru.opora.school;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolSummary", description = "Строка реестра школ")
public record SchoolSummary(
        long id,
        @Schema(description = "ИНН или другой устойчивый код", examples = "5818003401") String code,
        @Schema(examples = "МБОУ СОШ № 1 г. Никольска") String shortName,
        String fullName,
        long municipalityId,
        String municipalityName,
        SettlementType settlementType,
        Set<EducationLevel> levels,
        int studentsCount,
        int teachersCount,
        @Schema(description = "Действующие категории в запрошенном году") List<SchoolCategory> categories) {
}
