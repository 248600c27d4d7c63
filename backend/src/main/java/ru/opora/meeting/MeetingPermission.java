package ru.opora.meeting;

import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.common.scope.OwnerScope;
import ru.opora.security.Caller;

/** What the caller may do with a meeting's protocol now; the SPA shows only these actions. */
@Schema(name = "MeetingPermission", description = "Действие с протоколом, доступное вызывающему сейчас")
public enum MeetingPermission {
    EDIT,
    SIGN,
    CORRECT,
    DELETE;

    public static List<MeetingPermission> of(Caller caller, Meeting meeting) {
        EnumSet<MeetingPermission> allowed = EnumSet.noneOf(MeetingPermission.class);
        if (OwnerScope.owns(caller, meeting.owner())) {
            if (meeting.status == MeetingStatus.DRAFT) {
                allowed.add(EDIT);
                allowed.add(SIGN);
                if (meeting.revision == 1) {
                    allowed.add(DELETE);
                }
            } else {
                allowed.add(CORRECT);
            }
        }
        return List.copyOf(allowed);
    }
}
