package ru.opora.roadmap.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Evidence that other features hold for roadmap items within a period: the methodological events that carry an item
 * out (ru.opora.event). The report shows it beside what the owner wrote, so the reviewer sees it without asking.
 */
public interface PeriodEvidence {

    /** The events of each item held from {@code from} to {@code to}, by item id; items without any are absent. */
    Map<Long, List<EventEvidence>> forItems(Collection<Long> itemIds, LocalDate from, LocalDate to);
}
