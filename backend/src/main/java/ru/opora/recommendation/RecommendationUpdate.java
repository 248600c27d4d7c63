package ru.opora.recommendation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The issuer's change of a recommendation not yet answered; the addressee stays. */
@Schema(name = "RecommendationUpdate", description = "Изменение ещё не отвеченной рекомендации выдавшим (с проверкой версии)")
public record RecommendationUpdate(
        @NotNull @Size(min = 1, max = 4) @Schema(required = true) List<@NotNull Audience> audiences,
        @NotBlank @Size(max = 4000) @Schema(required = true) String text,
        @NotNull @Valid @Schema(required = true) Basis basis,
        @NotNull @Schema(required = true) LocalDate dueOn,
        @NotNull @Schema(required = true) Long version) {
}
