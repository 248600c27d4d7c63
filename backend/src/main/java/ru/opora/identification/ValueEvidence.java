package ru.opora.identification;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValueEvidence", description = "Значение, выполнившее условие правила: разрез, значение, число участников")
public record ValueEvidence(
        @Schema(description = "Ключ разреза; пусто — школа в целом") String cut,
        String cutLabel,
        BigDecimal value,
        @Schema(nullable = true) BigDecimal participants) {
}
