package ru.opora.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question of the agenda as the protocol writes it; {@code id} keeps an existing one (and its decisions') identity. */
@Schema(name = "AgendaItemInput", description = "Вопрос повестки: слушали, выступили, постановили")
public record AgendaItemInput(
        @Schema(nullable = true, description = "Идентификатор уже сохранённого вопроса; null — новый") Long id,
        @NotBlank @Size(max = 2000) @Schema(required = true, examples = "О выполнении дорожной карты … за I полугодие 2025 года")
        String title,
        @Size(max = 20) @Schema(nullable = true, description = "СЛУШАЛИ") List<@Valid Speech> heard,
        @Size(max = 50) @Schema(nullable = true, description = "ВЫСТУПИЛИ") List<@Valid Speech> spoke,
        @Size(max = 200) @Schema(nullable = true,
                description = "Решения прошлых заседаний, исполнение которых рассматривается («контроль исполнения решений»)")
        List<Long> controlledDecisionIds,
        @Valid @Schema(nullable = true) Votes votes,
        @Size(max = 50) @Schema(nullable = true, description = "ПОСТАНОВИЛИ") List<@Valid DecisionInput> decisions) {
}
