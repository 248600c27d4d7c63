package ru.opora.recommendation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.report.EvidenceLink;

@Schema(name = "RecommendationTransition", description = "Ответ адресата, отметка об исполнении или отзыв рекомендации")
public record RecommendationTransition(
        @NotNull @Schema(required = true) RecommendationAction action,
        @NotNull @Schema(required = true) Long version,
        @Size(max = 4000) @Schema(nullable = true,
                description = "ANSWER — ответ; COMPLETE — что сделано; WITHDRAW — причина отзыва (обязателен для всех)")
        String text,
        @Size(max = 20) @Schema(nullable = true, description = "Подтверждения исполнения; для COMPLETE — хотя бы одно")
        List<@Valid EvidenceLink> evidence) {
}
