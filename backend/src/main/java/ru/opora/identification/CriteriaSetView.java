package ru.opora.identification;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

@Schema(name = "CriteriaSet", description = "Набор критериев выявления с правилами")
public record CriteriaSetView(
        long id,
        long regionId,
        int year,
        SchoolCategory category,
        String name,
        @Schema(nullable = true) String note,
        @Schema(description = "Номер версии набора") int setVersion,
        @Schema(nullable = true, description = "Набор, копией которого сделана эта версия") Long previousId,
        RuleGroupView entry,
        @Schema(nullable = true, description = "Правила выхода; null — выхода по отдельным правилам нет") RuleGroupView exit,
        @Schema(description = "Набор использован для утверждённого перечня и больше не меняется") boolean frozen,
        @Schema(nullable = true, description = "Утверждённый с этим набором перечень") Long approvedListId,
        @Schema(nullable = true, description = "Утверждённый перечень этого года и категории (с любой версией набора)")
        Long listOfYearId,
        List<CriteriaSetPermission> allowed,
        long version,
        Instant updatedAt,
        String updatedBy) {
}
