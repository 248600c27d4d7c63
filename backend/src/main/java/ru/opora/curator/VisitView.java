package ru.opora.curator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;

@Schema(name = "CuratorVisit", description = "Визит куратора: дата, школа, цель, выводы, выданные рекомендации")
public record VisitView(
        long id,
        OrganisationView school,
        String curatorUsername,
        String curatorName,
        LocalDate visitOn,
        String purpose,
        VisitStatus status,
        @Schema(nullable = true) String findings,
        @Schema(description = "Рекомендации, выданные по итогам визита") List<IssuedRecommendation> recommendations,
        List<VisitPermission> allowed,
        long version,
        Instant updatedAt,
        String updatedBy) {

    @Schema(name = "VisitRecommendation", description = "Рекомендация, выданная по итогам визита")
    public record IssuedRecommendation(long id, String text, LocalDate dueOn, String status) {
    }
}
