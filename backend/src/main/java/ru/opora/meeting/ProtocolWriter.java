package ru.opora.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.scope.OwnerScope;
import ru.opora.roadmap.OrganisationKey;
import ru.opora.roadmap.RoadmapViews;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;

/**
 * Checks a protocol draft as a whole and writes it: the heading, the agenda and the decisions. Everything is
 * checked before anything is written, so a refused draft leaves the stored one exactly as it was.
 */
@ApplicationScoped
class ProtocolWriter {

    private final MeetingRepository meetings;

    ProtocolWriter(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    void write(Caller caller, Meeting meeting, MeetingInput input) {
        List<AgendaItem> agenda = meeting.id == null ? List.of() : meetings.agenda(meeting.id);
        List<Decision> decisions = meeting.id == null ? List.of() : meetings.decisions(meeting.id);
        Map<Long, AgendaItem> agendaById = new HashMap<>();
        agenda.forEach(a -> agendaById.put(a.id, a));
        Map<Long, Decision> decisionsById = new HashMap<>();
        decisions.forEach(d -> decisionsById.put(d.id, d));

        List<FieldError> errors = new ArrayList<>();
        if (input.workingGroupId() != null) {
            OwnerScope.Owner group = meetings.workingGroupOwner(input.workingGroupId()).orElse(null);
            if (group == null || !group.equals(meeting.owner())) {
                errors.add(new FieldError("workingGroupId", "рабочая группа " + input.workingGroupId()
                        + " не найдена среди рабочих групп вашей организации"));
            }
        }
        List<AgendaItemInput> items = input.agenda() == null ? List.of() : input.agenda();
        Set<Long> keptItems = new HashSet<>();
        Set<Long> keptDecisions = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItemInput item = items.get(i);
            String at = "agenda[" + i + "]";
            if (item.id() != null && (!agendaById.containsKey(item.id()) || !keptItems.add(item.id()))) {
                errors.add(new FieldError(at + ".id", "вопрос " + item.id() + " не найден в этом протоколе или указан дважды"));
            }
            Votes votes = item.votes();
            if (votes != null && votes.unanimous() && (positive(votes.against()) || positive(votes.abstained()))) {
                errors.add(new FieldError(at + ".votes", "при единогласном голосовании нет голосов «против» и воздержавшихся"));
            }
            List<Long> controlled = item.controlledDecisionIds() == null ? List.of() : item.controlledDecisionIds();
            List<Decision> found = meetings.decisions(new HashSet<>(controlled));
            Map<Long, Meeting> owners = meetings.meetings(found.stream().map(d -> d.meetingId).toList());
            for (int c = 0; c < controlled.size(); c++) {
                Long id = controlled.get(c);
                Decision decision = found.stream().filter(d -> d.id.equals(id)).findFirst().orElse(null);
                Meeting of = decision == null ? null : owners.get(decision.meetingId);
                if (of == null || of.id.equals(meeting.id) || !of.published() || !of.owner().equals(meeting.owner())) {
                    errors.add(new FieldError(at + ".controlledDecisionIds[" + c + "]", "решение " + id
                            + " не найдено среди решений подписанных протоколов вашей организации"));
                } else if (!decision.tracked()) {
                    errors.add(new FieldError(at + ".controlledDecisionIds[" + c + "]", "у решения " + decision.number
                            + " нет срока исполнения: контролировать нечего"));
                }
            }
            List<DecisionInput> itemDecisions = item.decisions() == null ? List.of() : item.decisions();
            for (int j = 0; j < itemDecisions.size(); j++) {
                checkDecision(meeting, input, itemDecisions.get(j), at + ".decisions[" + j + "]", decisionsById,
                        keptDecisions, numbers, errors);
            }
        }
        for (Decision removed : decisions) {
            if (!keptDecisions.contains(removed.id) && removed.status == DecisionStatus.DONE) {
                // A state conflict (409) is answered before the values' errors (422), as everywhere.
                throw ApiException.conflict("Решение " + removed.number + " уже исполнено (" + removed.doneBy
                        + "): из протокола его убрать нельзя.");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        apply(caller, meeting, input);
        // Removed decisions go before removed items, whose deletion would otherwise take them along.
        for (Decision removed : decisions) {
            if (!keptDecisions.contains(removed.id)) {
                removed.delete();
            }
        }
        Map<Long, AgendaItem> written = writeAgenda(caller, meeting, items, agendaById, decisionsById);
        for (AgendaItem removed : agenda) {
            if (!written.containsKey(removed.id)) {
                removed.delete();
            }
        }
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    private void checkDecision(Meeting meeting, MeetingInput input, DecisionInput d, String at,
                               Map<Long, Decision> existing, Set<Long> kept, Set<String> numbers, List<FieldError> errors) {
        if (d.id() != null && (!existing.containsKey(d.id()) || !kept.add(d.id()))) {
            errors.add(new FieldError(at + ".id", "решение " + d.id() + " не найдено в этом протоколе или указано дважды"));
        }
        if (!numbers.add(d.number().strip())) {
            errors.add(new FieldError(at + ".number", "решение с номером " + d.number().strip() + " уже есть в протоколе"));
        }
        if (d.dueOn() != null && input.heldOn() != null && d.dueOn().isBefore(input.heldOn())) {
            errors.add(new FieldError(at + ".dueOn", "срок исполнения раньше даты заседания"));
        }
        if (d.dueOn() != null && d.executor() == null) {
            errors.add(new FieldError(at + ".executor", "у решения со сроком должен быть исполнитель из реестра"));
        }
        if (d.executor() != null && !RoadmapViews.existsInRegion(d.executor(), meeting.regionId)) {
            errors.add(new FieldError(at + ".executor", "исполнитель " + d.executor().type() + " " + d.executor().id()
                    + " не найден в реестре региона"));
        }
        if (d.related() != null && (d.related().type() == OrganisationType.REGION
                || !RoadmapViews.existsInRegion(d.related(), meeting.regionId))) {
            errors.add(new FieldError(at + ".related", "укажите школу или муниципалитет региона"));
        }
        Decision current = d.id() == null ? null : existing.get(d.id());
        if (current != null && current.status == DecisionStatus.DONE
                && (d.executor() == null || !d.executor().equals(current.executor()))) {
            errors.add(new FieldError(at + ".executor", "решение уже исполнено: исполнителя не изменить"));
        }
    }

    private static void apply(Caller caller, Meeting meeting, MeetingInput input) {
        meeting.bodyKind = input.bodyKind();
        meeting.workingGroupId = input.workingGroupId();
        meeting.authority = blankToNull(input.authority());
        meeting.title = input.title().strip();
        meeting.number = blankToNull(input.number());
        meeting.heldOn = input.heldOn();
        meeting.place = blankToNull(input.place());
        meeting.format = input.format();
        meeting.chair = blankToNull(input.chair());
        meeting.secretary = blankToNull(input.secretary());
        meeting.participants = new ArrayList<>(input.participants() == null ? List.of()
                : input.participants().stream().map(String::strip).toList());
        meeting.attendeesCount = input.attendeesCount();
        meeting.updatedBy = caller.username();
        if (meeting.id == null) {
            meeting.persist();
        }
    }

    private static Map<Long, AgendaItem> writeAgenda(Caller caller, Meeting meeting, List<AgendaItemInput> items,
                                                    Map<Long, AgendaItem> agendaById, Map<Long, Decision> decisionsById) {
        Map<Long, AgendaItem> written = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItemInput input = items.get(i);
            AgendaItem item = input.id() == null ? new AgendaItem() : agendaById.get(input.id());
            item.meetingId = meeting.id;
            item.position = i + 1;
            item.title = input.title().strip();
            item.heard = new ArrayList<>(input.heard() == null ? List.of() : input.heard().stream().map(Speech::stripped).toList());
            item.spoke = new ArrayList<>(input.spoke() == null ? List.of() : input.spoke().stream().map(Speech::stripped).toList());
            item.controlledDecisionIds = new ArrayList<>(input.controlledDecisionIds() == null ? List.of()
                    : input.controlledDecisionIds().stream().distinct().toList());
            Votes votes = input.votes();
            item.unanimous = votes != null && votes.unanimous();
            item.votesFor = votes == null ? null : votes.votesFor();
            item.votesAgainst = votes == null ? null : votes.against();
            item.votesAbstained = votes == null ? null : votes.abstained();
            if (item.id == null) {
                item.persist();
            }
            written.put(item.id, item);
            List<DecisionInput> decisions = input.decisions() == null ? List.of() : input.decisions();
            for (int j = 0; j < decisions.size(); j++) {
                DecisionInput d = decisions.get(j);
                Decision decision = d.id() == null ? new Decision() : decisionsById.get(d.id());
                decision.meetingId = meeting.id;
                decision.agendaItemId = item.id;
                decision.position = j + 1;
                decision.number = d.number().strip();
                decision.text = d.text().strip();
                OrganisationKey executor = d.executor();
                decision.executorType = executor == null ? null : executor.type();
                decision.executorId = executor == null ? null : executor.id();
                decision.executorName = blankToNull(d.executorName());
                decision.executorPerson = blankToNull(d.executorPerson());
                decision.dueOn = d.dueOn();
                decision.relatedType = d.related() == null ? null : d.related().type();
                decision.relatedId = d.related() == null ? null : d.related().id();
                decision.updatedBy = caller.username();
                if (decision.id == null) {
                    decision.persist();
                }
            }
        }
        return written;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
