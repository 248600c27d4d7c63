package ru.opora.workgroup;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.common.scope.OwnerScope;
import ru.opora.security.Caller;

@Schema(name = "WorkingGroupPermission", description = "Действие с рабочей группой, доступное вызывающему сейчас")
public enum WorkingGroupPermission {
    EDIT,
    RECORD_MEETING;

    public static List<WorkingGroupPermission> of(Caller caller, WorkingGroup group) {
        return OwnerScope.owns(caller, group.owner()) ? List.of(EDIT, RECORD_MEETING) : List.of();
    }
}
