package ru.opora.campaign;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.school.SchoolCategory;

/**
 * Which schools fill a campaign: an explicit list, or a rule (categories of the campaign's year and
 * municipalities; an empty list means «all»). The rule is applied when the campaign opens.
 */
@Schema(name = "CampaignTargetRule", description = "Школы кампании: явный список или правило (категории года кампании и муниципалитеты)")
public record TargetRule(
        @Size(max = 50000) @Schema(description = "Явный список школ; если задан, правило не применяется")
        List<@NotNull Long> schoolIds,
        @Size(max = 10) @Schema(description = "Категории школ в году кампании; пусто — все школы")
        List<@NotNull SchoolCategory> categories,
        @Size(max = 5000) @Schema(description = "Муниципалитеты; пусто — все в пределах владельца кампании")
        List<@NotNull Long> municipalityIds) {

    public TargetRule {
        schoolIds = schoolIds == null ? List.of() : List.copyOf(schoolIds);
        categories = categories == null ? List.of() : List.copyOf(categories);
        municipalityIds = municipalityIds == null ? List.of() : List.copyOf(municipalityIds);
    }

    public boolean explicit() {
        return !schoolIds.isEmpty();
    }
}
