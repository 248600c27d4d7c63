package ru.opora.roadmap;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.security.OrganisationType;

/** An organisation of the registry by type and id. */
@Schema(name = "OrganisationKey", description = "Организация из реестра: тип и идентификатор")
public record OrganisationKey(
        @NotNull @Schema(required = true) OrganisationType type,
        @NotNull @Schema(required = true) Long id) {
}
