package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleCut", description = "Разрез показателя: ключ и подпись")
public record CutView(
        @Schema(examples = "GRADE=4;SUBJECT=MATH", description = "Ключ разреза; пустая строка — школа в целом") String key,
        @Schema(examples = "Математика, 4 класс") String label) {
}
