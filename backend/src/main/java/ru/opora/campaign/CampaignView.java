package ru.opora.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;

@Schema(name = "Campaign", description = "Кампания сбора данных")
public record CampaignView(
        long id,
        String name,
        String period,
        @Schema(examples = "2025 г.") String periodLabel,
        int year,
        LocalDate opensOn,
        LocalDate deadline,
        CampaignStatus status,
        @Schema(description = "Владелец: министерство (региональная кампания) или муниципалитет") OrganisationView owner,
        List<CampaignIndicatorView> indicators,
        TargetRule target,
        @Schema(description = "Полнота сбора в пределах видимости вызывающего") CompletenessRow progress,
        @Schema(nullable = true, description = "Для школы — её собственная форма: состояние, срок и следующий шаг") OwnForm ownForm,
        @Schema(description = "Что вызывающему можно сделать с кампанией") List<CampaignPermission> allowed,
        @Schema(nullable = true) Instant openedAt,
        @Schema(nullable = true) Instant closedAt,
        long version) {
}
