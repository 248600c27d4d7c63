package ru.opora.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.config.OporaConfig;
import ru.opora.roadmap.report.EvidenceLink;
import ru.opora.security.Caller;

/** Decisions across protocols: the list (what is due, what is overdue) and the executor's report of execution. */
@ApplicationScoped
public class DecisionService {

    private final MeetingRepository meetings;
    private final MeetingService meetingService;
    private final MeetingViews views;
    private final OporaConfig config;
    private final Clock clock;

    DecisionService(MeetingRepository meetings, MeetingService meetingService, MeetingViews views, OporaConfig config,
                    Clock clock) {
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.views = views;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public DecisionPage list(Caller caller, MeetingQuery.DecisionParams params) {
        MeetingQuery.Decisions query = MeetingQuery.Decisions.parse(params, LocalDate.now(clock), config.paging());
        MeetingRepository.Found<Long> found = meetings.searchDecisions(caller, query);
        Map<Long, Decision> byId = new java.util.HashMap<>();
        meetings.decisions(found.rows()).forEach(d -> byId.put(d.id, d));
        List<Decision> ordered = found.rows().stream().map(byId::get).toList();
        return new DecisionPage(views.decisions(caller, ordered, query.asOf()), found.total(), query.page().number(),
                query.page().size(), query.asOf());
    }

    /** A decision of a protocol the caller sees; any other is absent (404). Also the scope probe of {@code decisionId}. */
    public Decision visible(Caller caller, long decisionId) {
        Decision decision = Decision.<Decision>findByIdOptional(decisionId)
                .orElseThrow(() -> ApiException.notFound("Решение " + decisionId + " не найдено."));
        try {
            meetingService.visible(caller, decision.meetingId);
        } catch (ApiException e) {
            throw ApiException.notFound("Решение " + decisionId + " не найдено.");
        }
        return decision;
    }

    @Transactional
    public DecisionView complete(Caller caller, long decisionId, DecisionCompletion completion) {
        Decision decision = Decision.<Decision>findByIdOptional(decisionId)
                .orElseThrow(() -> ApiException.notFound("Решение " + decisionId + " не найдено."));
        Meeting meeting;
        try {
            meeting = meetingService.visible(caller, decision.meetingId);
        } catch (ApiException e) {
            throw ApiException.notFound("Решение " + decisionId + " не найдено.");
        }
        if (!meeting.published()) {
            // A draft's decisions are not in force yet; its owner sees them, nobody carries them out.
            throw ApiException.notFound("Решение " + decisionId + " не найдено.");
        }
        if (!DecisionAccess.executes(caller, decision)) {
            throw ApiException.forbidden("Об исполнении решения отчитывается его исполнитель"
                    + (decision.executorName == null ? "." : ": " + decision.executorName + "."));
        }
        Versions.require(completion.version(), decision.version, "version", "решения");
        if (!decision.tracked()) {
            throw ApiException.conflict("У решения " + decision.number + " нет срока исполнения: оно не отслеживается.");
        }
        if (decision.status == DecisionStatus.DONE) {
            throw ApiException.conflict("Решение " + decision.number + " уже отмечено исполненным.");
        }
        decision.status = DecisionStatus.DONE;
        decision.doneText = completion.doneText().strip();
        decision.evidence = new ArrayList<>(completion.evidence().stream()
                .map(e -> new EvidenceLink(e.url().strip(), e.title().strip())).toList());
        decision.doneAt = Instant.now(clock);
        decision.doneBy = caller.username();
        decision.updatedBy = caller.username();
        Decision.flush();
        return views.decision(caller, meeting, decision, LocalDate.now(clock));
    }
}
