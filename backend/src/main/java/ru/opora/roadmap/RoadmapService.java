package ru.opora.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.school.School;
import ru.opora.security.Caller;

/**
 * A roadmap's life: created (also from a parent roadmap, taking over its items), its heading edited, moved through
 * its statuses. Sections and items are {@link RoadmapStructure}; reads {@link RoadmapQueries}; refusals
 * {@link RoadmapGuard}; the rules of input {@link RoadmapRules}.
 */
@ApplicationScoped
public class RoadmapService {

    private final RoadmapRepository roadmaps;
    private final RoadmapGuard guard;
    private final RoadmapStructure structure;
    private final RoadmapViews views;
    private final Clock clock;

    RoadmapService(RoadmapRepository roadmaps, RoadmapGuard guard, RoadmapStructure structure, RoadmapViews views,
                   Clock clock) {
        this.roadmaps = roadmaps;
        this.guard = guard;
        this.structure = structure;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public RoadmapView create(Caller caller, RoadmapInput input) {
        List<FieldError> errors = new ArrayList<>();
        RoadmapDirection direction = RoadmapRules.direction(input.directionCode(), errors);
        RoadmapRules.checkYears(input.yearFrom(), input.yearTo(), errors);
        Roadmap parent = null;
        RoadmapLevel level = RoadmapLevel.ownedBy(caller.role());
        if (input.parentId() != null) {
            parent = roadmaps.findByIdOptional(input.parentId()).filter(p -> RoadmapAccess.sees(caller, p)).orElse(null);
            if (parent == null) {
                errors.add(new FieldError("parentId", "вышестоящая дорожная карта не найдена"));
            } else if (parent.level != level.parentLevel()) {
                errors.add(new FieldError("parentId", "дорожную карту уровня " + level
                        + " можно строить только на основе карты уровня " + level.parentLevel()));
            }
        } else if (input.parentItemIds() != null && !input.parentItemIds().isEmpty()) {
            errors.add(new FieldError("parentItemIds", "мероприятия переносятся только вместе с parentId"));
        }
        List<RoadmapItem> taken = parent == null || input.parentItemIds() == null ? List.of()
                : RoadmapRules.parentItems(roadmaps.items(parent.id), input.parentItemIds(), input.yearFrom(), input.yearTo(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Roadmap roadmap = new Roadmap();
        roadmap.level = level;
        roadmap.region = Region.findById(caller.regionId());
        roadmap.municipality = caller.municipalityId() == null ? null : Municipality.findById(caller.municipalityId());
        roadmap.school = caller.schoolId() == null ? null : School.findById(caller.schoolId());
        roadmap.parent = parent;
        roadmap.status = RoadmapStatus.DRAFT;
        roadmap.revision = 1;
        roadmap.createdBy = caller.username();
        applyHeading(roadmap, direction, input.title(), input.goal(), input.tasks(), input.yearFrom(), input.yearTo(),
                input.periodicity(), input.reportDueDay(), caller);
        roadmaps.persist(roadmap);
        structure.copyFromParent(roadmap, taken, caller);
        roadmaps.flush();
        return views.roadmap(caller, roadmap, LocalDate.now(clock));
    }

    @Transactional
    public RoadmapView update(Caller caller, long roadmapId, RoadmapUpdate update) {
        Roadmap roadmap = guard.editable(caller, roadmapId, update.version());
        List<FieldError> errors = new ArrayList<>();
        RoadmapDirection direction = RoadmapRules.direction(update.directionCode(), errors);
        RoadmapRules.checkYears(update.yearFrom(), update.yearTo(), errors);
        for (RoadmapItem item : roadmaps.items(roadmap.id)) {
            if (!item.wholePeriod && (item.startsOn.getYear() < update.yearFrom() || item.endsOn.getYear() > update.yearTo())) {
                errors.add(new FieldError("yearFrom", "сроки мероприятия " + item.number + " выходят за новый период"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        applyHeading(roadmap, direction, update.title(), update.goal(), update.tasks(), update.yearFrom(),
                update.yearTo(), update.periodicity(), update.reportDueDay(), caller);
        for (RoadmapItem item : roadmaps.items(roadmap.id)) {
            if (item.wholePeriod) {
                item.startsOn = roadmap.startsOn();
                item.endsOn = roadmap.endsOn();
            }
        }
        roadmaps.flush();
        return views.roadmap(caller, roadmap, LocalDate.now(clock));
    }

    @Transactional
    public RoadmapView transition(Caller caller, long roadmapId, RoadmapTransition transition) {
        Roadmap roadmap = guard.owned(caller, roadmapId);
        RoadmapGuard.requireVersion(roadmap, transition.version());
        RoadmapGuard.requireStatus(roadmap, transition.action());
        switch (transition.action()) {
            case APPROVE -> {
                if (transition.document() == null) {
                    throw ApiException.invalid("document", "для утверждения укажите документ: вид, номер, дату, орган");
                }
                if (roadmaps.items(roadmap.id).isEmpty()) {
                    throw ApiException.conflict("В дорожной карте нет ни одного мероприятия: утверждать нечего.");
                }
                roadmap.document = transition.document().stripped();
                roadmap.status = RoadmapStatus.APPROVED;
            }
            case START -> {
                roadmap.status = RoadmapStatus.IN_EXECUTION;
            }
            case COMPLETE -> {
                roadmap.status = RoadmapStatus.COMPLETED;
            }
            case ARCHIVE -> {
                roadmap.revisionReason = reason(transition);
                roadmap.status = RoadmapStatus.ARCHIVED;
            }
            case REVISE -> {
                roadmap.revisionReason = reason(transition);
                roadmap.revision++;
                roadmap.status = RoadmapStatus.DRAFT;
            }
        }
        roadmap.updatedBy = caller.username();
        roadmaps.flush();
        return views.roadmap(caller, roadmap, LocalDate.now(clock));
    }

    private static String reason(RoadmapTransition transition) {
        if (transition.reason() == null || transition.reason().isBlank()) {
            throw ApiException.invalid("reason", "укажите причину");
        }
        return transition.reason().strip();
    }

    private static void applyHeading(Roadmap roadmap, RoadmapDirection direction, String title, String goal,
                                     String tasks, int yearFrom, int yearTo, Periodicity periodicity, int dueDay,
                                     Caller caller) {
        roadmap.direction = direction;
        roadmap.title = title.strip();
        roadmap.goal = Texts.blankToNull(goal);
        roadmap.tasks = Texts.blankToNull(tasks);
        roadmap.yearFrom = yearFrom;
        roadmap.yearTo = yearTo;
        roadmap.periodicity = periodicity;
        roadmap.reportDueDay = dueDay;
        roadmap.updatedBy = caller.username();
    }

}
