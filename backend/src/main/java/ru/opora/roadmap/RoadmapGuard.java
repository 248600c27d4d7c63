package ru.opora.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.security.Caller;

/**
 * Finds a roadmap and its parts for a caller, refusing in the house order: outside the caller's scope 404, not the
 * owner 403, an unknown section or item 404, a state that forbids the change 409, a stale version 409.
 */
@ApplicationScoped
public class RoadmapGuard {

    private final RoadmapRepository roadmaps;

    RoadmapGuard(RoadmapRepository roadmaps) {
        this.roadmaps = roadmaps;
    }

    static ApiException notFound(long roadmapId) {
        return ApiException.notFound("Дорожная карта " + roadmapId + " не найдена.");
    }

    /** A roadmap within the caller's scope; any other is reported as absent. */
    public Roadmap visible(Caller caller, long roadmapId) {
        return roadmaps.findWithOwner(roadmapId)
                .filter(r -> RoadmapAccess.sees(caller, r))
                .orElseThrow(() -> notFound(roadmapId));
    }

    /** A roadmap the caller keeps; a visible one of another organisation is 403, an invisible one 404. */
    public Roadmap owned(Caller caller, long roadmapId) {
        Roadmap roadmap = visible(caller, roadmapId);
        if (!RoadmapAccess.owns(caller, roadmap)) {
            throw ApiException.forbidden("Изменять дорожную карту может только её владелец: " + roadmap.ownerName() + ".");
        }
        return roadmap;
    }

    /** The caller's own draft roadmap, whose structure may change now (otherwise 403, 404 or 409). */
    public Roadmap editable(Caller caller, long roadmapId) {
        return editable(caller, roadmapId, null);
    }

    /** As {@link #editable(Caller, long)}, and the caller's version of the roadmap must be the current one. */
    Roadmap editable(Caller caller, long roadmapId, Long version) {
        Roadmap roadmap = owned(caller, roadmapId);
        if (version != null) {
            requireVersion(roadmap, version);
        }
        requireStructureEditable(roadmap);
        return roadmap;
    }

    /**
     * Sections and items change only in a draft (409 otherwise). A nested object is looked up before this, so that an
     * unknown one is «not found» whatever the roadmap's status (README «Доступ»: the unknown child before the state).
     */
    static void requireStructureEditable(Roadmap roadmap) {
        if (!roadmap.status.structureEditable()) {
            throw ApiException.conflict("Дорожная карта в статусе " + roadmap.status
                    + ": её состав меняется только через новую редакцию (действие REVISE).");
        }
    }

    static void requireVersion(Roadmap roadmap, Long version) {
        Versions.require(version, roadmap.version, "version", "дорожной карты");
    }

    /** The statuses an action starts from are {@link RoadmapAction#from()}; the view's {@code allowed} reads the same. */
    static void requireStatus(Roadmap roadmap, RoadmapAction action) {
        if (!action.allowedFrom(roadmap.status)) {
            throw ApiException.conflict(roadmap.status == RoadmapStatus.ARCHIVED ? "Дорожная карта уже в архиве."
                    : "Действие " + action + " невозможно в статусе " + roadmap.status + "; допустимо в статусе "
                    + String.join(" или ", action.from().stream().map(Enum::name).toList()) + ".");
        }
    }

    static RoadmapSection section(Roadmap roadmap, long sectionId) {
        return RoadmapSection.<RoadmapSection>findByIdOptional(sectionId)
                .filter(s -> s.roadmap.id.equals(roadmap.id))
                .orElseThrow(() -> ApiException.notFound("Блок " + sectionId + " не найден в дорожной карте."));
    }

    public static RoadmapItem item(Roadmap roadmap, long itemId) {
        return RoadmapItem.<RoadmapItem>findByIdOptional(itemId)
                .filter(i -> i.roadmap.id.equals(roadmap.id))
                .orElseThrow(() -> ApiException.notFound("Мероприятие " + itemId + " не найдено в дорожной карте."));
    }
}
