package ru.opora.recommendation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a recommendation rests on: a kind and a loose reference — an id in its source (a meeting decision, a curator
 * visit, an identification result) and/or a text («анализ результатов ВПР 2026, математика, 5 класс»).
 */
@Schema(name = "RecommendationBasis", description = "Основание рекомендации: вид и ссылка (идентификатор и/или текст)")
public record Basis(
        @NotNull @Schema(required = true) BasisKind kind,
        @Schema(nullable = true, description = "Идентификатор в источнике: решение заседания, визит куратора, результат выявления")
        Long referenceId,
        @Size(max = 1000) @Schema(nullable = true, examples = "Анализ результатов ВПР 2026 г., математика, 5 класс")
        String reference) {
}
