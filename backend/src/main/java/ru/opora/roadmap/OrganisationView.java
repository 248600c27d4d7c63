package ru.opora.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.security.OrganisationType;

@Schema(name = "OrganisationView", description = "Организация из реестра с названием")
public record OrganisationView(OrganisationType type, long id, String name) {
}
