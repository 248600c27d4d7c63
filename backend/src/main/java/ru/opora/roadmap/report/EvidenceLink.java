package ru.opora.roadmap.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document or publication on a site that proves an item was carried out. */
@Schema(name = "EvidenceLink", description = "Подтверждение: ссылка на документ или публикацию")
public record EvidenceLink(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{opora.url}")
        @Schema(examples = "https://edu.sakhalin.ru/docs/prikaz-112.pdf", required = true) String url,
        @NotBlank @Size(max = 500) @Schema(examples = "Приказ № 112 от 15.03.2025", required = true) String title) {
}
