package ru.opora.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.school.School;
import ru.opora.security.Caller;

/** Roadmaps, their sections and items: creation (also from a parent roadmap), editing, status changes. */
@ApplicationScoped
public class RoadmapService {

    private final RoadmapRepository roadmaps;
    private final RoadmapViews views;
    private final Clock clock;

    RoadmapService(RoadmapRepository roadmaps, RoadmapViews views, Clock clock) {
        this.roadmaps = roadmaps;
        this.views = views;
        this.clock = clock;
    }

    static ApiException notFound(long roadmapId) {
        return ApiException.notFound("Дорожная карта " + roadmapId + " не найдена.");
    }

    @Transactional
    public RoadmapView create(Caller caller, RoadmapInput input) {
        List<FieldError> errors = new ArrayList<>();
        RoadmapDirection direction = direction(input.directionCode(), errors);
        checkYears(input.yearFrom(), input.yearTo(), errors);
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
                : parentItems(parent, input.parentItemIds(), input.yearFrom(), input.yearTo(), errors);
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
        copyItems(roadmap, taken, caller);
        roadmaps.flush();
        return views.roadmap(caller, roadmap, LocalDate.now(clock));
    }

    @Transactional
    public RoadmapView update(Caller caller, long roadmapId, RoadmapUpdate update) {
        Roadmap roadmap = editable(caller, roadmapId, update.version());
        List<FieldError> errors = new ArrayList<>();
        RoadmapDirection direction = direction(update.directionCode(), errors);
        checkYears(update.yearFrom(), update.yearTo(), errors);
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
        Roadmap roadmap = owned(caller, roadmapId);
        requireVersion(roadmap, transition.version());
        requireStatus(roadmap, transition.action());
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

    @Transactional
    public SectionView addSection(Caller caller, long roadmapId, SectionInput input) {
        Roadmap roadmap = editable(caller, roadmapId, null);
        List<RoadmapSection> sections = roadmaps.sections(roadmap.id);
        RoadmapSection section = new RoadmapSection();
        section.roadmap = roadmap;
        section.title = input.title().strip();
        place(sections, section, input.position());
        section.persist();
        touch(roadmap, caller);
        roadmaps.flush();
        return new SectionView(section.id, section.position, section.title, section.version, List.of());
    }

    @Transactional
    public SectionView updateSection(Caller caller, long roadmapId, long sectionId, SectionInput input) {
        Roadmap roadmap = owned(caller, roadmapId);
        RoadmapSection section = section(roadmap, sectionId);
        requireStructureEditable(roadmap);
        Versions.require(input.version(), section.version, "version", "блока");
        section.title = input.title().strip();
        List<RoadmapSection> others = new ArrayList<>(roadmaps.sections(roadmap.id));
        others.remove(section);
        place(others, section, input.position() == null ? section.position : input.position());
        touch(roadmap, caller);
        roadmaps.flush();
        return new SectionView(section.id, section.position, section.title, section.version, List.of());
    }

    @Transactional
    public void deleteSection(Caller caller, long roadmapId, long sectionId) {
        Roadmap roadmap = owned(caller, roadmapId);
        RoadmapSection section = section(roadmap, sectionId);
        requireStructureEditable(roadmap);
        if (RoadmapItem.count("section.id", section.id) > 0) {
            throw ApiException.conflict("В блоке «" + section.title + "» есть мероприятия: сначала удалите или перенесите их.");
        }
        section.delete();
        List<RoadmapSection> rest = new ArrayList<>(roadmaps.sections(roadmap.id));
        rest.remove(section);
        renumber(rest);
        touch(roadmap, caller);
    }

    @Transactional
    public ItemView addItem(Caller caller, long roadmapId, ItemInput input) {
        Roadmap roadmap = editable(caller, roadmapId, null);
        RoadmapItem item = new RoadmapItem();
        item.roadmap = roadmap;
        apply(roadmap, item, input, caller);
        item.position = (int) RoadmapItem.count("section", item.section) + 1;
        item.persist();
        touch(roadmap, caller);
        roadmaps.flush();
        return views.item(item);
    }

    @Transactional
    public ItemView updateItem(Caller caller, long roadmapId, long itemId, ItemInput input) {
        Roadmap roadmap = owned(caller, roadmapId);
        RoadmapItem item = item(roadmap, itemId);
        requireStructureEditable(roadmap);
        Versions.require(input.version(), item.version, "version", "мероприятия");
        RoadmapSection before = item.section;
        apply(roadmap, item, input, caller);
        if (!before.id.equals(item.section.id)) {
            item.position = (int) RoadmapItem.count("section", item.section) + 1;
        }
        touch(roadmap, caller);
        roadmaps.flush();
        return views.item(item);
    }

    @Transactional
    public void deleteItem(Caller caller, long roadmapId, long itemId) {
        Roadmap roadmap = owned(caller, roadmapId);
        RoadmapItem item = item(roadmap, itemId);
        requireStructureEditable(roadmap);
        if (roadmaps.hasReports(item.id)) {
            throw ApiException.conflict("По мероприятию " + item.number
                    + " уже есть отчёты: его нельзя удалить, отметьте его в отчёте как отменённое.");
        }
        if (RoadmapItem.count("parentItem", item) > 0) {
            throw ApiException.conflict("Мероприятие " + item.number + " реализуют нижестоящие дорожные карты.");
        }
        item.delete();
        touch(roadmap, caller);
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

    private Roadmap editable(Caller caller, long roadmapId, Long version) {
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
    private static void requireStructureEditable(Roadmap roadmap) {
        if (!roadmap.status.structureEditable()) {
            throw ApiException.conflict("Дорожная карта в статусе " + roadmap.status
                    + ": её состав меняется только через новую редакцию (действие REVISE).");
        }
    }

    private static void requireVersion(Roadmap roadmap, Long version) {
        Versions.require(version, roadmap.version, "version", "дорожной карты");
    }

    /** The statuses an action starts from are {@link RoadmapAction#from()}; the view's {@code allowed} reads the same. */
    private static void requireStatus(Roadmap roadmap, RoadmapAction action) {
        if (!action.allowedFrom(roadmap.status)) {
            throw ApiException.conflict(roadmap.status == RoadmapStatus.ARCHIVED ? "Дорожная карта уже в архиве."
                    : "Действие " + action + " невозможно в статусе " + roadmap.status + "; допустимо в статусе "
                    + String.join(" или ", action.from().stream().map(Enum::name).toList()) + ".");
        }
    }

    private static String reason(RoadmapTransition transition) {
        if (transition.reason() == null || transition.reason().isBlank()) {
            throw ApiException.invalid("reason", "укажите причину");
        }
        return transition.reason().strip();
    }

    private RoadmapDirection direction(String code, List<FieldError> errors) {
        RoadmapDirection direction = RoadmapDirection.findById(code.strip());
        if (direction == null) {
            errors.add(new FieldError("directionCode", FieldError.notOneOf(code, RoadmapDirection.ordered().stream().map(d -> d.code).toList())));
        }
        return direction;
    }

    private static void checkYears(int from, int to, List<FieldError> errors) {
        if (to < from) {
            errors.add(new FieldError("yearTo", "год окончания раньше года начала"));
        } else if (to - from > 10) {
            errors.add(new FieldError("yearTo", "период дорожной карты — не больше 10 лет"));
        }
    }

    private static void applyHeading(Roadmap roadmap, RoadmapDirection direction, String title, String goal,
                                     String tasks, int yearFrom, int yearTo, Periodicity periodicity, int dueDay,
                                     Caller caller) {
        roadmap.direction = direction;
        roadmap.title = title.strip();
        roadmap.goal = blankToNull(goal);
        roadmap.tasks = blankToNull(tasks);
        roadmap.yearFrom = yearFrom;
        roadmap.yearTo = yearTo;
        roadmap.periodicity = periodicity;
        roadmap.reportDueDay = dueDay;
        roadmap.updatedBy = caller.username();
    }

    private List<RoadmapItem> parentItems(Roadmap parent, List<Long> ids, int yearFrom, int yearTo,
                                          List<FieldError> errors) {
        Map<Long, RoadmapItem> ofParent = new LinkedHashMap<>();
        roadmaps.items(parent.id).forEach(i -> ofParent.put(i.id, i));
        List<RoadmapItem> taken = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            RoadmapItem item = ofParent.get(ids.get(i));
            if (item == null) {
                errors.add(new FieldError("parentItemIds[" + i + "]", "мероприятие " + ids.get(i)
                        + " не входит в вышестоящую дорожную карту"));
            } else if (!seen.add(item.id)) {
                errors.add(new FieldError("parentItemIds[" + i + "]", "мероприятие " + item.number + " указано дважды"));
            } else if (!item.wholePeriod && clip(item.windows, yearFrom, yearTo).isEmpty()) {
                errors.add(new FieldError("parentItemIds[" + i + "]", "сроки мероприятия " + item.number
                        + " («" + item.timeframe + "») вне периода " + yearFrom + "–" + yearTo));
            } else {
                taken.add(item);
            }
        }
        // Keep the parent's order, whatever order the client listed them in.
        taken.sort((a, b) -> a.section.position != b.section.position ? Integer.compare(a.section.position, b.section.position)
                : Integer.compare(a.position, b.position));
        return taken;
    }

    /** Takes the chosen parent items over into the new roadmap, section by section, each linked to its parent. */
    private void copyItems(Roadmap roadmap, List<RoadmapItem> taken, Caller caller) {
        Map<Long, RoadmapSection> sections = new LinkedHashMap<>();
        for (RoadmapItem parentItem : taken) {
            RoadmapSection section = sections.computeIfAbsent(parentItem.section.id, id -> {
                RoadmapSection copy = new RoadmapSection();
                copy.roadmap = roadmap;
                copy.title = parentItem.section.title;
                copy.position = sections.size() + 1;
                copy.persist();
                return copy;
            });
            RoadmapItem item = new RoadmapItem();
            item.roadmap = roadmap;
            item.section = section;
            item.position = (int) taken.stream().filter(t -> t.section.id.equals(parentItem.section.id))
                    .takeWhile(t -> t != parentItem).count() + 1;
            item.number = parentItem.number;
            item.title = parentItem.title;
            item.timeframe = parentItem.timeframe;
            item.wholePeriod = parentItem.wholePeriod;
            item.windows = parentItem.wholePeriod ? new ArrayList<>()
                    : clip(parentItem.windows, roadmap.yearFrom, roadmap.yearTo);
            setSpan(roadmap, item);
            item.executorOrganisations = new ArrayList<>(List.of(RoadmapViews.ownerRef(roadmap)));
            item.expectedResult = parentItem.expectedResult;
            item.plannedIndicator = parentItem.plannedIndicator;
            item.plannedValue = parentItem.plannedValue;
            item.parentItem = parentItem;
            item.updatedBy = caller.username();
            item.persist();
        }
    }

    private static List<DateWindow> clip(List<DateWindow> windows, int yearFrom, int yearTo) {
        LocalDate start = LocalDate.of(yearFrom, 1, 1);
        LocalDate end = LocalDate.of(yearTo, 12, 31);
        List<DateWindow> clipped = new ArrayList<>();
        for (DateWindow w : windows) {
            if (!w.to().isBefore(start) && !w.from().isAfter(end)) {
                clipped.add(new DateWindow(w.from().isBefore(start) ? start : w.from(), w.to().isAfter(end) ? end : w.to()));
            }
        }
        return clipped;
    }

    private void apply(Roadmap roadmap, RoadmapItem item, ItemInput input, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        RoadmapSection section = RoadmapSection.<RoadmapSection>findByIdOptional(input.sectionId())
                .filter(s -> s.roadmap.id.equals(roadmap.id)).orElse(null);
        if (section == null) {
            errors.add(new FieldError("sectionId", "блок " + input.sectionId() + " не найден в этой дорожной карте"));
        }
        List<DateWindow> windows = input.windows() == null ? List.of() : input.windows();
        if (!input.wholePeriod() && windows.isEmpty()) {
            errors.add(new FieldError("windows", "укажите хотя бы один срок или отметьте «в течение всего периода»"));
        }
        if (input.wholePeriod() && !windows.isEmpty()) {
            errors.add(new FieldError("windows", "у мероприятия на весь период сроки не указываются"));
        }
        for (int i = 0; i < windows.size(); i++) {
            DateWindow w = windows.get(i);
            if (w.to().isBefore(w.from())) {
                errors.add(new FieldError("windows[" + i + "].to", "окончание раньше начала"));
            } else if (w.from().isBefore(roadmap.startsOn()) || w.to().isAfter(roadmap.endsOn())) {
                errors.add(new FieldError("windows[" + i + "]", "срок вне периода дорожной карты "
                        + roadmap.yearFrom + "–" + roadmap.yearTo));
            }
        }
        List<OrganisationKey> executors = input.executorOrganisations() == null ? List.of() : input.executorOrganisations();
        for (int i = 0; i < executors.size(); i++) {
            if (!RoadmapViews.existsInRegion(executors.get(i), roadmap.region.id)) {
                errors.add(new FieldError("executorOrganisations[" + i + "]", "организация "
                        + executors.get(i).type() + " " + executors.get(i).id() + " не найдена в реестре региона"));
            }
        }
        RoadmapItem parentItem = null;
        if (input.parentItemId() != null) {
            parentItem = RoadmapItem.<RoadmapItem>findByIdOptional(input.parentItemId())
                    .filter(p -> roadmap.parent != null && p.roadmap.id.equals(roadmap.parent.id)).orElse(null);
            if (parentItem == null) {
                errors.add(new FieldError("parentItemId", roadmap.parent == null
                        ? "у дорожной карты нет вышестоящей карты"
                        : "мероприятие не входит в вышестоящую дорожную карту"));
            }
        }
        if (input.plannedValue() != null && (input.plannedIndicator() == null || input.plannedIndicator().isBlank())) {
            errors.add(new FieldError("plannedIndicator", "укажите показатель, к которому относится плановое значение"));
        }
        String number = input.number().strip();
        if (RoadmapItem.count("roadmap.id = ?1 and number = ?2 and id <> ?3", roadmap.id, number,
                item.id == null ? -1L : item.id) > 0) {
            errors.add(new FieldError("number", "мероприятие с номером " + number + " уже есть в этой дорожной карте"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        item.section = section;
        item.number = number;
        item.title = input.title().strip();
        item.timeframe = input.timeframe().strip();
        item.wholePeriod = input.wholePeriod();
        item.windows = new ArrayList<>(windows);
        setSpan(roadmap, item);
        item.executors = blankToNull(input.executors());
        item.executorOrganisations = new ArrayList<>(executors);
        item.expectedResult = blankToNull(input.expectedResult());
        item.plannedIndicator = blankToNull(input.plannedIndicator());
        item.plannedValue = input.plannedValue();
        item.parentItem = parentItem;
        item.updatedBy = caller.username();
    }

    static void setSpan(Roadmap roadmap, RoadmapItem item) {
        item.startsOn = item.wholePeriod ? roadmap.startsOn()
                : item.windows.stream().map(DateWindow::from).min(LocalDate::compareTo).orElseThrow();
        item.endsOn = item.wholePeriod ? roadmap.endsOn()
                : item.windows.stream().map(DateWindow::to).max(LocalDate::compareTo).orElseThrow();
    }

    private static RoadmapSection section(Roadmap roadmap, long sectionId) {
        return RoadmapSection.<RoadmapSection>findByIdOptional(sectionId)
                .filter(s -> s.roadmap.id.equals(roadmap.id))
                .orElseThrow(() -> ApiException.notFound("Блок " + sectionId + " не найден в дорожной карте."));
    }

    public static RoadmapItem item(Roadmap roadmap, long itemId) {
        return RoadmapItem.<RoadmapItem>findByIdOptional(itemId)
                .filter(i -> i.roadmap.id.equals(roadmap.id))
                .orElseThrow(() -> ApiException.notFound("Мероприятие " + itemId + " не найдено в дорожной карте."));
    }

    private static void place(List<RoadmapSection> others, RoadmapSection section, Integer position) {
        List<RoadmapSection> ordered = new ArrayList<>(others);
        int index = position == null ? ordered.size() : Math.max(0, Math.min(position - 1, ordered.size()));
        ordered.add(index, section);
        renumber(ordered);
    }

    private static void renumber(List<RoadmapSection> sections) {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).position = i + 1;
        }
    }

    private static void touch(Roadmap roadmap, Caller caller) {
        roadmap.updatedBy = caller.username();
        roadmap.updatedAt = java.time.Instant.now();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
