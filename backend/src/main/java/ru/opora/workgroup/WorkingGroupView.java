package ru.opora.workgroup;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;

@Schema(name = "WorkingGroup", description = "Рабочая группа с приказом и составом")
public record WorkingGroupView(
        long id,
        OrganisationView owner,
        String name,
        @Schema(nullable = true) ApprovingOrder approvingOrder,
        List<Member> members,
        @Schema(description = "Заседаний записано") long meetings,
        List<WorkingGroupPermission> allowed,
        long version,
        Instant updatedAt,
        String updatedBy) {
}
