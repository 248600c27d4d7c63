package ru.opora.curator;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;

@Schema(name = "PartnerPair", description = "Школа-лидер и поддерживаемая ею школа на год")
public record PartnerPairView(
        long id,
        int year,
        OrganisationView leader,
        OrganisationView supported,
        @Schema(nullable = true) Agreement agreement,
        List<PartnerPairPermission> allowed,
        long version) {
}
