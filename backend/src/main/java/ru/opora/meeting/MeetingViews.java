package ru.opora.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import ru.opora.common.audit.AuditRevision;
import ru.opora.common.scope.OwnerScope;
import ru.opora.roadmap.OrganisationKey;
import ru.opora.roadmap.OrganisationView;
import ru.opora.roadmap.RoadmapViews;
import ru.opora.security.Caller;

/** Builds the answers about meetings and decisions; overdue is computed here from the data at a date. */
@ApplicationScoped
public class MeetingViews {

    private final MeetingRepository meetings;

    MeetingViews(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    public MeetingView meeting(Caller caller, Meeting m, LocalDate asOf) {
        List<AgendaItem> agenda = meetings.agenda(m.id);
        List<Decision> decisions = meetings.decisions(m.id);
        Set<Long> controlledIds = new LinkedHashSet<>();
        agenda.forEach(a -> controlledIds.addAll(a.controlledDecisionIds));
        List<Decision> controlled = meetings.decisions(controlledIds);
        List<Decision> proposals = OwnerScope.owns(caller, m.owner()) && m.status == MeetingStatus.DRAFT
                ? meetings.controlProposals(m, controlledIds) : List.of();
        Set<Long> otherMeetings = new LinkedHashSet<>();
        controlled.forEach(d -> otherMeetings.add(d.meetingId));
        proposals.forEach(d -> otherMeetings.add(d.meetingId));
        Map<Long, Meeting> byId = meetings.meetings(otherMeetings);
        byId.put(m.id, m);
        List<AgendaItemView> items = agenda.stream().map(a -> new AgendaItemView(a.id, a.position, a.title,
                List.copyOf(a.heard), List.copyOf(a.spoke), votes(a),
                controlled.stream().filter(d -> a.controlledDecisionIds.contains(d.id))
                        .map(d -> decision(caller, byId.get(d.meetingId), d, asOf)).toList(),
                decisions.stream().filter(d -> d.agendaItemId == a.id).map(d -> decision(caller, m, d, asOf)).toList()))
                .toList();
        return new MeetingView(m.id, owner(m), m.bodyKind, m.workingGroupId == null ? null
                : new MeetingView.WorkingGroupRef(m.workingGroupId, meetings.workingGroupName(m.workingGroupId).orElse("?")),
                m.authority, m.title, m.number, m.heldOn, m.place, m.format, m.chair, m.secretary, List.copyOf(m.participants),
                m.attendeesCount, m.status, m.revision, m.revisionReason, m.signedAt, m.signedBy, items,
                proposals.stream().map(d -> decision(caller, byId.get(d.meetingId), d, asOf)).toList(), asOf,
                MeetingPermission.of(caller, m), m.version, m.updatedAt, m.updatedBy);
    }

    static Votes votes(AgendaItem a) {
        return !a.unanimous && a.votesFor == null && a.votesAgainst == null && a.votesAbstained == null ? null
                : new Votes(a.unanimous, a.votesFor, a.votesAgainst, a.votesAbstained);
    }

    public DecisionView decision(Caller caller, Meeting m, Decision d, LocalDate asOf) {
        boolean tracked = d.tracked() && m.published();
        return new DecisionView(d.id, m.id, ref(m), d.agendaItemId, d.number, d.text,
                d.executor() == null ? null : RoadmapViews.organisation(d.executor()), d.executorName, d.executorPerson,
                d.dueOn, d.related() == null ? null : RoadmapViews.organisation(d.related()), tracked, d.status,
                tracked && d.overdueAt(asOf), d.doneText, List.copyOf(d.evidence), d.doneAt, d.doneBy,
                DecisionPermission.of(caller, m, d), d.version);
    }

    public List<DecisionView> decisions(Caller caller, List<Decision> decisions, LocalDate asOf) {
        Set<Long> ids = new LinkedHashSet<>();
        decisions.forEach(d -> ids.add(d.meetingId));
        Map<Long, Meeting> byId = meetings.meetings(ids);
        return decisions.stream().map(d -> decision(caller, byId.get(d.meetingId), d, asOf)).toList();
    }

    static DecisionView.MeetingRef ref(Meeting m) {
        return new DecisionView.MeetingRef(m.id, m.title, m.number, m.heldOn, owner(m), m.status);
    }

    public static OrganisationView owner(Meeting m) {
        return RoadmapViews.organisation(new OrganisationKey(m.ownerType, m.owner().organisationId()));
    }

    public List<MeetingRevisionView> revisions(Meeting meeting, Set<Integer> signedCopies) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(Meeting.getEntityManager()).createQuery()
                .forRevisionsOfEntity(Meeting.class, false, true)
                .add(AuditEntity.id().eq(meeting.id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<MeetingRevisionView> views = new ArrayList<>();
        for (Object[] row : rows) {
            Meeting state = (Meeting) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            views.add(new MeetingRevisionView(revision.id, revision.changedAt, revision.changedBy, state.status,
                    state.revision, state.revisionReason,
                    state.status == MeetingStatus.SIGNED && signedCopies.contains(state.revision)));
        }
        Collections.reverse(views);
        return views;
    }
}
