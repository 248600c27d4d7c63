package ru.opora.curator;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;
import ru.opora.school.SchoolCategory;

@Schema(name = "CuratorAssignment", description = "Школа, закреплённая за куратором на год")
public record AssignmentView(
        long id,
        int year,
        String curatorUsername,
        String curatorName,
        String curatorOrganisation,
        OrganisationView school,
        OrganisationView municipality,
        @Schema(description = "Категории школы в этом году") List<SchoolCategory> categories,
        List<AssignmentPermission> allowed) {
}
