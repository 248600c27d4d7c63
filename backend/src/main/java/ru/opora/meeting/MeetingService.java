package ru.opora.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.scope.OwnerScope;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.security.Caller;

/** Meetings and their protocols: the draft, signing, corrections (new revisions), the list and the document. */
@ApplicationScoped
public class MeetingService {

    private final MeetingRepository meetings;
    private final MeetingViews views;
    private final ProtocolWriter writer;
    private final OporaConfig config;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingViews views, ProtocolWriter writer, OporaConfig config, Clock clock) {
        this.meetings = meetings;
        this.views = views;
        this.writer = writer;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public MeetingPage list(Caller caller, MeetingQuery.MeetingParams params) {
        MeetingQuery.Meetings query = MeetingQuery.Meetings.parse(params, LocalDate.now(clock), config.paging());
        MeetingRepository.Found<MeetingRepository.MeetingRow> found = meetings.search(caller, query);
        Map<Long, Meeting> loaded = meetings.meetings(found.rows().stream().map(MeetingRepository.MeetingRow::id).toList());
        List<MeetingSummary> items = found.rows().stream().map(row -> {
            Meeting m = loaded.get(row.id());
            return new MeetingSummary(m.id, MeetingViews.owner(m), m.bodyKind, m.title, m.number, m.heldOn, m.status,
                    m.revision, row.tracked(), row.done(), row.overdue());
        }).toList();
        return new MeetingPage(items, found.total(), query.page().number(), query.page().size(), query.asOf());
    }

    @Transactional
    public MeetingView create(Caller caller, MeetingInput input) {
        Meeting meeting = new Meeting();
        OwnerScope.Owner owner = OwnerScope.Owner.of(caller);
        meeting.ownerType = owner.type();
        meeting.regionId = owner.regionId();
        meeting.municipalityId = owner.municipalityId();
        meeting.schoolId = owner.schoolId();
        meeting.status = MeetingStatus.DRAFT;
        meeting.revision = 1;
        meeting.createdBy = caller.username();
        writer.write(caller, meeting, input);
        Meeting.flush();
        return views.meeting(caller, meeting, LocalDate.now(clock));
    }

    @Transactional
    public MeetingView get(Caller caller, long meetingId, String asOf) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = QueryParsing.date(asOf, "asOf", errors);
        QueryParsing.requireValid(errors);
        return views.meeting(caller, visible(caller, meetingId), date == null ? LocalDate.now(clock) : date);
    }

    @Transactional
    public MeetingView update(Caller caller, long meetingId, MeetingUpdate update) {
        Meeting meeting = owned(caller, meetingId);
        Versions.require(update.version(), meeting.version, "version", "протокола");
        if (meeting.status == MeetingStatus.SIGNED) {
            throw ApiException.conflict("Протокол подписан и не меняется; чтобы исправить его, откройте новую редакцию"
                    + " (действие CORRECT с причиной).");
        }
        claim(meeting);
        writer.write(caller, meeting, update.content());
        Meeting.flush();
        return views.meeting(caller, meeting, LocalDate.now(clock));
    }

    @Transactional
    public MeetingView transition(Caller caller, long meetingId, MeetingTransition transition) {
        Meeting meeting = owned(caller, meetingId);
        Versions.require(transition.version(), meeting.version, "version", "протокола");
        switch (transition.action()) {
            case SIGN -> sign(caller, meeting);
            case CORRECT -> correct(caller, meeting, transition.reason());
        }
        Meeting.flush();
        return views.meeting(caller, meeting, LocalDate.now(clock));
    }

    private void sign(Caller caller, Meeting meeting) {
        if (meeting.status != MeetingStatus.DRAFT) {
            throw ApiException.conflict("Протокол уже подписан.");
        }
        if (meetings.agenda(meeting.id).isEmpty()) {
            throw ApiException.conflict("В протоколе нет ни одного вопроса повестки: подписывать нечего.");
        }
        if (meeting.heldOn.isAfter(LocalDate.now(clock))) {
            throw ApiException.conflict("Заседание назначено на " + meeting.heldOn + " и ещё не состоялось.");
        }
        claim(meeting);
        meeting.status = MeetingStatus.SIGNED;
        meeting.signedAt = Instant.now(clock);
        meeting.signedBy = caller.username();
        meeting.updatedBy = caller.username();
        Meeting.flush();
        MeetingView signed = views.meeting(caller, meeting, LocalDate.now(clock));
        ProtocolCopy copy = new ProtocolCopy();
        copy.key = new ProtocolCopy.Key(meeting.id, meeting.revision);
        copy.fileName = ProtocolDocument.fileName(signed);
        copy.content = ProtocolDocument.render(signed);
        copy.signedAt = meeting.signedAt;
        copy.signedBy = meeting.signedBy;
        copy.persist();
    }

    private void correct(Caller caller, Meeting meeting, String reason) {
        if (meeting.status != MeetingStatus.SIGNED) {
            throw ApiException.conflict("Исправляется только подписанный протокол; этот — черновик, его можно править.");
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "укажите причину исправления");
        }
        claim(meeting);
        meeting.status = MeetingStatus.DRAFT;
        meeting.revision++;
        meeting.revisionReason = reason.strip();
        meeting.signedAt = null;
        meeting.signedBy = null;
        meeting.updatedBy = caller.username();
    }

    @Transactional
    public void delete(Caller caller, long meetingId) {
        Meeting meeting = owned(caller, meetingId);
        if (meeting.status != MeetingStatus.DRAFT || meeting.revision > 1) {
            throw ApiException.conflict("Удалить можно только ни разу не подписанный черновик протокола.");
        }
        claim(meeting);
        meeting.delete();
    }

    @Transactional
    public List<MeetingRevisionView> history(Caller caller, long meetingId) {
        Meeting meeting = visible(caller, meetingId);
        Set<Integer> copies = new HashSet<>(ProtocolCopy.getEntityManager().createQuery(
                "select p.key.revision from ProtocolCopy p where p.key.meetingId = ?1", Integer.class)
                .setParameter(1, meeting.id).getResultList());
        return views.revisions(meeting, copies);
    }

    /** The protocol document: a signed revision exactly as signed, or the current draft marked «ПРОЕКТ». */
    public record Protocol(String fileName, byte[] content) {
    }

    @Transactional
    public Protocol protocol(Caller caller, long meetingId, String revision) {
        List<FieldError> errors = new ArrayList<>();
        Long wanted = QueryParsing.number(revision, "revision", 1, 10_000L, errors);
        QueryParsing.requireValid(errors);
        Meeting meeting = visible(caller, meetingId);
        int number = wanted == null ? meeting.revision : wanted.intValue();
        ProtocolCopy copy = ProtocolCopy.findById(new ProtocolCopy.Key(meeting.id, number));
        if (copy != null) {
            return new Protocol(copy.fileName, copy.content);
        }
        if (number != meeting.revision) {
            throw ApiException.notFound("Подписанной редакции " + number + " у протокола нет.");
        }
        MeetingView view = views.meeting(caller, meeting, LocalDate.now(clock));
        return new Protocol(ProtocolDocument.fileName(view), ProtocolDocument.render(view));
    }

    /** A meeting within the caller's scope (or one whose signed decisions the caller carries out); any other is absent. */
    public Meeting visible(Caller caller, long meetingId) {
        return meetings.find(meetingId)
                .filter(m -> OwnerScope.sees(caller, m.owner(), m.published())
                        || m.published() && meetings.executesAny(caller, m.id))
                .orElseThrow(() -> ApiException.notFound("Заседание " + meetingId + " не найдено."));
    }

    private Meeting owned(Caller caller, long meetingId) {
        Meeting meeting = visible(caller, meetingId);
        if (!OwnerScope.owns(caller, meeting.owner())) {
            throw ApiException.forbidden("Протокол ведёт организация, проводившая заседание: "
                    + MeetingViews.owner(meeting).name() + ".");
        }
        return meeting;
    }

    /**
     * Takes the protocol's version now, in the database: the row is locked and its version raised, so that of two
     * writers holding one version the second waits and then fails with 409 instead of both writing the agenda.
     */
    private static void claim(Meeting meeting) {
        Meeting.getEntityManager().lock(meeting, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
