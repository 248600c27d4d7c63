package ru.opora.roadmap;

import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.security.Caller;

/**
 * What the caller may do with a roadmap now, so that the SPA shows only the buttons that will work: each status
 * change the owner may make in this status by its name, editing the structure, reporting, reviewing reports and
 * cascading a child roadmap from it.
 */
@Schema(name = "RoadmapPermission", description = "Действие с дорожной картой, доступное вызывающему сейчас")
public enum RoadmapPermission {
    EDIT,
    APPROVE,
    START,
    COMPLETE,
    REVISE,
    ARCHIVE,
    REPORT,
    REVIEW,
    CASCADE;

    /** The permission of a status change. */
    public static RoadmapPermission of(RoadmapAction action) {
        return valueOf(action.name());
    }

    public static List<RoadmapPermission> of(Caller caller, RoadmapScope r) {
        EnumSet<RoadmapPermission> allowed = EnumSet.noneOf(RoadmapPermission.class);
        if (RoadmapAccess.owns(caller, r)) {
            for (RoadmapAction action : RoadmapAction.values()) {
                if (action.allowedFrom(r.status())) {
                    allowed.add(of(action));
                }
            }
            if (r.status().structureEditable()) {
                allowed.add(EDIT);
            }
            if (r.status().reportable()) {
                allowed.add(REPORT);
            }
        }
        if (RoadmapAccess.reviews(caller, r)) {
            allowed.add(REVIEW);
        }
        if (RoadmapLevel.ownedBy(caller.role()).parentLevel() == r.level()
                && r.status() != RoadmapStatus.DRAFT && r.status() != RoadmapStatus.ARCHIVED) {
            allowed.add(CASCADE);
        }
        return List.copyOf(allowed);
    }
}
