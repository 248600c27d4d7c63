package ru.opora.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import ru.opora.curator.CuratorService;
import ru.opora.curator.VisitService;
import ru.opora.event.EventService;
import ru.opora.meeting.DecisionService;
import ru.opora.meeting.MeetingService;
import ru.opora.recommendation.RecommendationService;
import ru.opora.workgroup.WorkingGroupService;

/**
 * The probes of the objects the support paths name (working groups, meetings and their decisions, recommendations,
 * events, curator assignments, partner pairs and visits), over their services' checks: a role refused on an object
 * outside the caller's scope answers 404, as it would had the role been allowed. A probe is found by the path
 * parameter's name across the whole API, so the names are unique to their object: a curator assignment is
 * {@code curatorAssignmentId}, apart from a school's category {@code assignmentId}.
 */
@ApplicationScoped
class SupportScopes {

    @Produces
    @ApplicationScoped
    ScopeProbe workingGroup(WorkingGroupService groups) {
        return ScopeProbe.of("groupId", groups::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe meeting(MeetingService meetings) {
        return ScopeProbe.of("meetingId", meetings::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe decision(DecisionService decisions) {
        return ScopeProbe.of("decisionId", decisions::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe recommendation(RecommendationService recommendations) {
        return ScopeProbe.of("recommendationId", recommendations::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe event(EventService events) {
        return ScopeProbe.of("eventId", events::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe assignment(CuratorService curators) {
        return ScopeProbe.of("curatorAssignmentId", curators::visibleAssignment);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe pair(CuratorService curators) {
        return ScopeProbe.of("pairId", curators::visiblePair);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe visit(VisitService visits) {
        return ScopeProbe.of("visitId", visits::visible);
    }
}
