package ru.opora.recommendation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationKey;

@Schema(name = "RecommendationInput", description = "Адресная рекомендация школе или муниципалитету")
public record RecommendationInput(
        @NotNull @Valid @Schema(required = true, description = "Адресат: школа (SCHOOL) или муниципалитет (MUNICIPALITY)")
        OrganisationKey addressee,
        @NotNull @Size(min = 1, max = 4) @Schema(required = true) List<@NotNull Audience> audiences,
        @NotBlank @Size(max = 4000) @Schema(required = true,
                examples = "Провести анализ внутренних и внешних причин низких результатов ВПР по математике в 5 классах")
        String text,
        @NotNull @Valid @Schema(required = true) Basis basis,
        @NotNull @Schema(required = true) LocalDate dueOn) {
}
