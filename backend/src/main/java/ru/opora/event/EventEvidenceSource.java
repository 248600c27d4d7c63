package ru.opora.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.opora.roadmap.report.EventEvidence;
import ru.opora.roadmap.report.PeriodEvidence;

/** The events that carried roadmap items out, as evidence in the items' period reports: one statement per report. */
@ApplicationScoped
class EventEvidenceSource implements PeriodEvidence {

    @Override
    public Map<Long, List<EventEvidence>> forItems(Collection<Long> itemIds, LocalDate from, LocalDate to) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<MethodEvent> events = MethodEvent.list("roadmapItemId in ?1 and heldOn between ?2 and ?3 order by heldOn, id",
                itemIds, from, to);
        return events.stream().collect(Collectors.groupingBy(e -> e.roadmapItemId, Collectors.mapping(e ->
                new EventEvidence(e.id, e.kind.name(), e.heldOn, e.topic, e.organiserName, e.publicationUrl,
                        EventService.participants(e)), Collectors.toList())));
    }
}
