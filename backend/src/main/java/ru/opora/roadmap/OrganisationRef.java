package ru.opora.roadmap;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.security.OrganisationType;

/** An organisation of the registry by type and id. */
@Schema(name = "OrganisationRef", description = "Организация из реестра")
public record OrganisationRef(
        @NotNull @Schema(required = true) OrganisationType type,
        @NotNull @Schema(required = true) Long id) {
}
