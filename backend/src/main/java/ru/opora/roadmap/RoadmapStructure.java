package ru.opora.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.text.Texts;
import ru.opora.security.Caller;

/**
 * A draft roadmap's sections and items: added, changed, moved, removed, or taken over from the parent roadmap.
 * Each change stamps the roadmap, so that its version tells a reader the structure changed.
 */
@ApplicationScoped
public class RoadmapStructure {

    private final RoadmapRepository roadmaps;
    private final RoadmapGuard guard;
    private final RoadmapViews views;

    RoadmapStructure(RoadmapRepository roadmaps, RoadmapGuard guard, RoadmapViews views) {
        this.roadmaps = roadmaps;
        this.guard = guard;
        this.views = views;
    }

    @Transactional
    public SectionView addSection(Caller caller, long roadmapId, SectionInput input) {
        Roadmap roadmap = guard.editable(caller, roadmapId);
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
        Roadmap roadmap = guard.owned(caller, roadmapId);
        RoadmapSection section = RoadmapGuard.section(roadmap, sectionId);
        RoadmapGuard.requireStructureEditable(roadmap);
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
        Roadmap roadmap = guard.owned(caller, roadmapId);
        RoadmapSection section = RoadmapGuard.section(roadmap, sectionId);
        RoadmapGuard.requireStructureEditable(roadmap);
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
        Roadmap roadmap = guard.editable(caller, roadmapId);
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
        Roadmap roadmap = guard.owned(caller, roadmapId);
        RoadmapItem item = RoadmapGuard.item(roadmap, itemId);
        RoadmapGuard.requireStructureEditable(roadmap);
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
        Roadmap roadmap = guard.owned(caller, roadmapId);
        RoadmapItem item = RoadmapGuard.item(roadmap, itemId);
        RoadmapGuard.requireStructureEditable(roadmap);
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

    /** Takes the chosen parent items over into a new roadmap, section by section, each linked to its parent. */
    void copyFromParent(Roadmap roadmap, List<RoadmapItem> taken, Caller caller) {
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
                    : RoadmapRules.clip(parentItem.windows, roadmap.yearFrom, roadmap.yearTo);
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


    private void apply(Roadmap roadmap, RoadmapItem item, ItemInput input, Caller caller) {
        RoadmapRules.CheckedItem checked = RoadmapRules.checkItem(roadmap, item, input);
        item.section = checked.section();
        item.number = checked.number();
        item.title = input.title().strip();
        item.timeframe = input.timeframe().strip();
        item.wholePeriod = input.wholePeriod();
        item.windows = new ArrayList<>(checked.windows());
        setSpan(roadmap, item);
        item.executors = Texts.blankToNull(input.executors());
        item.executorOrganisations = new ArrayList<>(checked.executors());
        item.expectedResult = Texts.blankToNull(input.expectedResult());
        item.plannedIndicator = Texts.blankToNull(input.plannedIndicator());
        item.plannedValue = input.plannedValue();
        item.parentItem = checked.parentItem();
        item.riskFactorId = input.riskFactorId();
        item.updatedBy = caller.username();
    }

    /** An item's first and last day, which the period and overdue queries read. */
    static void setSpan(Roadmap roadmap, RoadmapItem item) {
        item.startsOn = item.wholePeriod ? roadmap.startsOn()
                : item.windows.stream().map(DateWindow::from).min(LocalDate::compareTo).orElseThrow();
        item.endsOn = item.wholePeriod ? roadmap.endsOn()
                : item.windows.stream().map(DateWindow::to).max(LocalDate::compareTo).orElseThrow();
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
        roadmap.updatedAt = Instant.now();
    }
}
