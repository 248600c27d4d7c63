package ru.opora.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditFieldChange", description = "Изменённое поле: было → стало (значение как текст; null — не было)")
public record FieldChangeView(
        @Schema(description = "Поле; у значений показателей — код показателя и разрез, «.status» — состояние",
                examples = "shortName") String field,
        @JsonProperty("old") @Schema(name = "old", description = "Было", nullable = true) String before,
        @JsonProperty("new") @Schema(name = "new", description = "Стало", nullable = true) String after) {
}
