package ru.opora.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.risk.RiskFactor;

/**
 * What a roadmap and its items must keep, checked before anything is written; every broken rule is named as a
 * field error, and the whole request is refused with 422.
 */
final class RoadmapRules {

    private RoadmapRules() {
    }

    /** An item's input resolved against the roadmap: the references it names, found. */
    record CheckedItem(RoadmapSection section, String number, List<DateWindow> windows, List<OrganisationKey> executors,
                       RoadmapItem parentItem) {
    }

    static RoadmapDirection direction(String code, List<FieldError> errors) {
        RoadmapDirection direction = RoadmapDirection.findById(code.strip());
        if (direction == null) {
            errors.add(new FieldError("directionCode", FieldError.notOneOf(code, RoadmapDirection.ordered().stream().map(d -> d.code).toList())));
        }
        return direction;
    }

    static void checkYears(int from, int to, List<FieldError> errors) {
        if (to < from) {
            errors.add(new FieldError("yearTo", "год окончания раньше года начала"));
        } else if (to - from > 10) {
            errors.add(new FieldError("yearTo", "период дорожной карты — не больше 10 лет"));
        }
    }

    /** The parent's items a new roadmap takes over, in the parent's order; each must fall in the new period. */
    static List<RoadmapItem> parentItems(List<RoadmapItem> ofParent, List<Long> ids, int yearFrom, int yearTo,
                                         List<FieldError> errors) {
        Map<Long, RoadmapItem> byId = new LinkedHashMap<>();
        ofParent.forEach(i -> byId.put(i.id, i));
        List<RoadmapItem> taken = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            RoadmapItem item = byId.get(ids.get(i));
            if (item == null) {
                errors.add(new FieldError("parentItemIds[" + i + "]", "мероприятие " + ids.get(i)
                        + " не входит в вышестоящую дорожную карту"));
            } else if (!seen.add(item.id)) {
                errors.add(new FieldError("parentItemIds[" + i + "]", "мероприятие " + item.number + " указано дважды"));
            } else if (!item.wholePeriod && clip(item.windows, yearFrom, yearTo).isEmpty()) {
                errors.add(new FieldError("parentItemIds[" + i + "]", "сроки мероприятия " + item.number
                        + " («" + item.timeframe + "») вне периода " + Roadmap.years(yearFrom, yearTo)));
            } else {
                taken.add(item);
            }
        }
        // Keep the parent's order, whatever order the client listed them in.
        taken.sort((a, b) -> a.section.position != b.section.position ? Integer.compare(a.section.position, b.section.position)
                : Integer.compare(a.position, b.position));
        return taken;
    }

    /** The parts of the windows that fall within the years, each cut to them. */
    static List<DateWindow> clip(List<DateWindow> windows, int yearFrom, int yearTo) {
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

    /** An item as the input describes it, checked against its roadmap (the item is new when its id is null). */
    static CheckedItem checkItem(Roadmap roadmap, RoadmapItem item, ItemInput input) {
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
                        + Roadmap.years(roadmap.yearFrom, roadmap.yearTo)));
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
        if (input.riskFactorId() != null && roadmap.level != RoadmapLevel.SCHOOL) {
            errors.add(new FieldError("riskFactorId", "фактор риска указывается только в программе школы"));
        } else if (input.riskFactorId() != null && !RiskFactor.existsFor(input.riskFactorId(), roadmap.region.id)) {
            errors.add(new FieldError("riskFactorId", "фактор риска " + input.riskFactorId() + " не найден в перечне региона"));
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
        return new CheckedItem(section, number, windows, executors, parentItem);
    }
}
