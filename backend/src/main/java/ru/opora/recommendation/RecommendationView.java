package ru.opora.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;
import ru.opora.roadmap.report.EvidenceLink;

@Schema(name = "Recommendation", description = "Адресная рекомендация: адресат, основание, срок, ответ и исполнение")
public record RecommendationView(
        long id,
        IssuerType issuerType,
        @Schema(description = "Кто выдал: организация или куратор, как в документах") String issuerName,
        String issuedBy,
        OrganisationView addressee,
        @Schema(description = "Муниципалитет адресата") OrganisationView municipality,
        List<Audience> audiences,
        String text,
        Basis basis,
        LocalDate issuedOn,
        LocalDate dueOn,
        RecommendationStatus status,
        @Schema(description = "Срок прошёл, а рекомендация не исполнена и не отозвана (на дату asOf)") boolean overdue,
        @Schema(nullable = true) String answer,
        @Schema(nullable = true) Instant answeredAt,
        @Schema(nullable = true) String answeredBy,
        @Schema(nullable = true) String doneText,
        List<EvidenceLink> evidence,
        @Schema(nullable = true) Instant doneAt,
        @Schema(nullable = true) String doneBy,
        @Schema(nullable = true) String withdrawReason,
        List<RecommendationPermission> allowed,
        long version,
        Instant updatedAt,
        String updatedBy) {
}
