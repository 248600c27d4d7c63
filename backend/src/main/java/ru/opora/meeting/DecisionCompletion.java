package ru.opora.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.report.EvidenceLink;

/** The executor's report that a decision is carried out, with at least one proof. */
@Schema(name = "DecisionCompletion", description = "Отчёт исполнителя об исполнении решения с подтверждениями")
public record DecisionCompletion(
        @NotBlank @Size(max = 4000) @Schema(required = true, examples = "Отчёт размещён на сайте Управления образования")
        String doneText,
        @NotNull @Size(min = 1, max = 20) @Schema(required = true, description = "Хотя бы одна ссылка на документ или публикацию")
        List<@Valid EvidenceLink> evidence,
        @NotNull @Schema(required = true) Long version) {
}
