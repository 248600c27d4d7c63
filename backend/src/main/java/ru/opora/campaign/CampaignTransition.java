package ru.opora.campaign;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignTransition", description = "Открыть, закрыть или снова открыть кампанию")
public record CampaignTransition(
        @NotNull @Schema(required = true) CampaignAction action,
        @NotNull @Schema(required = true) Long version,
        @Schema(description = "Новый срок сдачи при повторном открытии") LocalDate deadline) {
}
