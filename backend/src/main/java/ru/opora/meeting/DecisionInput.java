package ru.opora.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationKey;

/** «1.2. Разместить на сайте … Ответственный: … Срок: …». */
@Schema(name = "DecisionInput", description = "Решение: текст, исполнитель, срок, к какой школе или муниципалитету относится")
public record DecisionInput(
        @Schema(nullable = true, description = "Идентификатор уже сохранённого решения; null — новое") Long id,
        @NotBlank @Size(max = 20) @Schema(required = true, examples = "1.2") String number,
        @NotBlank @Size(max = 4000) @Schema(required = true, examples = "Разместить на сайте Управления образования отчёт …")
        String text,
        @Valid @Schema(nullable = true, description = "Организация-исполнитель из реестра региона; обязательна, если есть срок")
        OrganisationKey executor,
        @Size(max = 500) @Schema(nullable = true, description = "Исполнитель, как в документе", examples = "Управление образования")
        String executorName,
        @Size(max = 300) @Schema(nullable = true, description = "Ответственное лицо, как в документе") String executorPerson,
        @Schema(nullable = true, description = "Срок исполнения; решение со сроком отслеживается до исполнения") LocalDate dueOn,
        @Valid @Schema(nullable = true, description = "Школа или муниципалитет, к которым относится решение")
        OrganisationKey related) {
}
