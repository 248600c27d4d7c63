package ru.opora.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import ru.opora.curator.AssignmentInput;
import ru.opora.curator.CuratorService;
import ru.opora.curator.CuratorVisit;
import ru.opora.curator.PartnerPairInput;
import ru.opora.curator.VisitInput;
import ru.opora.curator.VisitService;
import ru.opora.curator.VisitStatus;
import ru.opora.demo.DemoSupport.DemoDecision;
import ru.opora.demo.DemoSupport.DemoItem;
import ru.opora.demo.DemoSupport.DemoMeeting;
import ru.opora.demo.DemoSupport.DemoRecommendation;
import ru.opora.event.Attendance;
import ru.opora.event.EventAudience;
import ru.opora.event.EventInput;
import ru.opora.event.EventService;
import ru.opora.meeting.AgendaItemInput;
import ru.opora.meeting.Decision;
import ru.opora.meeting.DecisionCompletion;
import ru.opora.meeting.DecisionInput;
import ru.opora.meeting.DecisionService;
import ru.opora.meeting.DecisionView;
import ru.opora.meeting.Meeting;
import ru.opora.meeting.MeetingAction;
import ru.opora.meeting.MeetingInput;
import ru.opora.meeting.MeetingService;
import ru.opora.meeting.MeetingTransition;
import ru.opora.meeting.MeetingView;
import ru.opora.meeting.ProtocolCopy;
import ru.opora.municipality.Municipality;
import ru.opora.municipality.MunicipalityRepository;
import ru.opora.recommendation.Basis;
import ru.opora.recommendation.BasisKind;
import ru.opora.recommendation.Recommendation;
import ru.opora.recommendation.RecommendationAction;
import ru.opora.recommendation.RecommendationInput;
import ru.opora.recommendation.RecommendationService;
import ru.opora.recommendation.RecommendationTransition;
import ru.opora.recommendation.RecommendationView;
import ru.opora.region.Region;
import ru.opora.region.RegionRepository;
import ru.opora.roadmap.OrganisationKey;
import ru.opora.roadmap.RoadmapItem;
import ru.opora.school.School;
import ru.opora.school.SchoolRepository;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;
import ru.opora.security.Role;
import ru.opora.workgroup.WorkingGroupInput;
import ru.opora.workgroup.WorkingGroupService;

/**
 * Enters the demo data of school support (demo/support.json) through the same services as the API, each object as
 * its owner would: working groups, the protocols of seeds 000 and 004 (signed, decisions reported done by their
 * executors), curator assignments, partner pairs, visits, methodological events and recommendations. Moments that
 * happen «now» at start-up (signing, reporting done, issuing) are then set to the dates the documents give, as the
 * roadmap loader does with report submissions.
 */
@ApplicationScoped
class DemoSupportLoader {

    private static final Logger LOG = Logger.getLogger(DemoSupportLoader.class);

    private final ObjectMapper json;
    private final Validator validator;
    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final SchoolRepository schools;
    private final WorkingGroupService groups;
    private final MeetingService meetings;
    private final DecisionService decisions;
    private final CuratorService curators;
    private final VisitService visits;
    private final EventService events;
    private final RecommendationService recommendations;
    private final Clock clock;

    DemoSupportLoader(ObjectMapper json, Validator validator, RegionRepository regions, MunicipalityRepository municipalities,
                      SchoolRepository schools, WorkingGroupService groups, MeetingService meetings,
                      DecisionService decisions, CuratorService curators, VisitService visits, EventService events,
                      RecommendationService recommendations, Clock clock) {
        this.json = json;
        this.validator = validator;
        this.regions = regions;
        this.municipalities = municipalities;
        this.schools = schools;
        this.groups = groups;
        this.meetings = meetings;
        this.decisions = decisions;
        this.curators = curators;
        this.visits = visits;
        this.events = events;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    void load() {
        load(read());
    }

    /**
     * Enters the given support data, in the caller's transaction when there is one; the organisations, and the roadmap
     * items its events name, must be loaded already.
     */
    @Transactional
    void load(DemoSupport data) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> groupIds = new HashMap<>();
        for (DemoSupport.DemoGroup g : data.workingGroups()) {
            groupIds.put(g.key(), groups.create(owner(g.ownerType(), g.ownerCode()),
                    valid(new WorkingGroupInput(g.name(), g.order(), g.members(), null))).id());
        }
        Map<String, MeetingView> meetingViews = new HashMap<>();
        for (DemoMeeting m : data.meetings()) {
            meetingViews.put(m.key(), meeting(m, groupIds));
        }
        int year = today.getYear();
        Caller penza = owner(OrganisationType.REGION, "58");
        for (DemoSupport.DemoCurator c : data.curators()) {
            for (String code : c.schools()) {
                curators.assign(penza, valid(new AssignmentInput(year, c.username(), c.name(), c.organisation(),
                        school(code).id)));
            }
        }
        for (DemoSupport.DemoPair p : data.pairs()) {
            School leader = school(p.leader());
            curators.pair(ministryOf(leader), valid(new PartnerPairInput(year, leader.id, school(p.supported()).id,
                    p.agreement() == null ? null : new ru.opora.curator.Agreement(p.agreement().number(), p.agreement().date()),
                    null)));
        }
        Map<String, Long> visitIds = new HashMap<>();
        for (DemoSupport.DemoVisit v : data.visits()) {
            visitIds.put(v.key(), visit(v, today));
        }
        for (DemoSupport.DemoEvent e : data.events()) {
            event(e);
        }
        for (DemoRecommendation r : data.recommendations()) {
            recommendation(r, today, visitIds, meetingViews);
        }
        LOG.infof("Demo data: %d working groups, %d meetings, %d events, %d recommendations of school support loaded",
                data.workingGroups().size(), data.meetings().size(), data.events().size(), data.recommendations().size());
    }

    private MeetingView meeting(DemoMeeting m, Map<String, Long> groupIds) {
        Caller owner = owner(m.ownerType(), m.ownerCode());
        List<AgendaItemInput> agenda = new ArrayList<>();
        for (DemoItem item : m.agenda()) {
            List<DecisionInput> items = new ArrayList<>();
            for (DemoDecision d : item.decisions() == null ? List.<DemoDecision>of() : item.decisions()) {
                items.add(new DecisionInput(null, d.number(), d.text(),
                        d.executorCode() == null ? null : organisation(d.executorCode()), d.executorName(),
                        d.executorPerson(), d.dueOn(), null));
            }
            agenda.add(new AgendaItemInput(null, item.title(), item.heard(), item.spoke(), null, item.votes(), items));
        }
        MeetingView created = meetings.create(owner, valid(new MeetingInput(m.bodyKind(),
                m.workingGroup() == null ? null : groupIds.get(m.workingGroup()), m.authority(), m.title(), m.number(),
                m.heldOn(), m.place(), m.format(), m.chair(), m.secretary(), m.participants(), m.attendeesCount(), agenda)));
        if (!m.sign()) {
            return created;
        }
        MeetingView signed = meetings.transition(owner, created.id(), new MeetingTransition(MeetingAction.SIGN,
                created.version(), null));
        Instant signedAt = at(m.heldOn().plusDays(1), 16);
        Meeting.<Meeting>findById(created.id()).signedAt = signedAt;
        // The copy is immutable in the application; only the demo dates a signature back to the meeting's day.
        ProtocolCopy.getEntityManager().createNativeQuery("update meeting_protocol_copy set signed_at = :at"
                + " where meeting_id = :meeting and revision = 1").setParameter("at", java.sql.Timestamp.from(signedAt))
                .setParameter("meeting", created.id()).executeUpdate();
        for (DemoItem item : m.agenda()) {
            for (DemoDecision d : item.decisions() == null ? List.<DemoDecision>of() : item.decisions()) {
                if (d.done() == null) {
                    continue;
                }
                DecisionView decision = signed.agenda().stream().flatMap(a -> a.decisions().stream())
                        .filter(x -> x.number().equals(d.number())).findFirst().orElseThrow();
                decisions.complete(executor(d.executorCode()), decision.id(), valid(new DecisionCompletion(d.done().text(),
                        d.done().evidence(), decision.version())));
                Decision.<Decision>findById(decision.id()).doneAt = at(d.dueOn().minusDays(1), 15);
            }
        }
        return meetings.get(owner, created.id(), null);
    }

    private long visit(DemoSupport.DemoVisit v, LocalDate today) {
        LocalDate on = today.plusDays(v.daysFromToday());
        // Within this year: the curator's schools are assigned for the year.
        if (on.getYear() < today.getYear()) {
            on = today.withDayOfYear(1);
        } else if (on.getYear() > today.getYear()) {
            on = today.withMonth(12).withDayOfMonth(31);
        }
        Caller curator = curator(v.curator());
        long schoolId = school(v.school()).id;
        long id = visits.create(curator, valid(new VisitInput(schoolId, on, v.purpose(), null, null, null))).id();
        if (v.findings() != null) {
            visits.update(curator, id, valid(new VisitInput(schoolId, on, v.purpose(), VisitStatus.HELD, v.findings(),
                    CuratorVisit.<CuratorVisit>findById(id).version)));
        }
        return id;
    }

    private void event(DemoSupport.DemoEvent e) {
        Caller owner = owner(e.ownerType(), e.ownerCode());
        DemoSupport.DemoAudience a = e.audience();
        List<Long> audienceSchools = a == null || a.schools() == null ? List.of()
                : a.schools().stream().map(code -> school(code).id).toList();
        List<Long> audienceMunicipalities = a == null || a.municipalities() == null ? List.of()
                : a.municipalities().stream().map(code -> municipalities.findByOktmo(code).orElseThrow().id).toList();
        Long item = null;
        if (e.roadmapItem() != null) {
            OrganisationKey roadmapOwner = organisation(e.roadmapItem().ownerCode());
            item = RoadmapItem.<RoadmapItem>list("number", e.roadmapItem().number()).stream()
                    .filter(i -> i.roadmap.ownerType() == roadmapOwner.type() && i.roadmap.ownerId() == roadmapOwner.id())
                    .map(i -> i.id).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo event: no roadmap item " + e.roadmapItem()));
        }
        events.create(owner, valid(new EventInput(e.kind(), e.heldOn(), e.organiserName(), e.topic(), null,
                new EventAudience(audienceSchools, a == null || a.categories() == null ? List.of() : a.categories(),
                        audienceMunicipalities),
                e.publicationUrl(), e.attendance().stream()
                .map(x -> new Attendance(school(x.school()).id, x.participants())).toList(), item, null)));
    }

    private void recommendation(DemoRecommendation r, LocalDate today, Map<String, Long> visitIds,
                                Map<String, MeetingView> meetingViews) {
        Caller issuer = "CURATOR".equals(r.issuerType()) ? curator(r.curator())
                : owner(OrganisationType.valueOf(r.issuerType()), r.issuerCode());
        OrganisationKey addressee = organisation(r.addressee().code());
        Long basisId = null;
        if (r.basis().kind() == BasisKind.CURATOR_VISIT) {
            basisId = visitIds.get(r.basis().visit());
        } else if (r.basis().kind() == BasisKind.MEETING_DECISION) {
            basisId = meetingViews.get(r.basis().decision().meeting()).agenda().stream()
                    .flatMap(a -> a.decisions().stream()).filter(d -> d.number().equals(r.basis().decision().number()))
                    .findFirst().orElseThrow().id();
        }
        LocalDate due = r.dueInDays() != null ? today.plusDays(r.dueInDays())
                : r.dueOn().isBefore(today) ? today : r.dueOn();
        RecommendationView view = recommendations.create(issuer, valid(new RecommendationInput(addressee, r.audiences(),
                r.text(), new Basis(r.basis().kind(), basisId, r.basis().reference()), due)));
        Caller addresseeCaller = owner(addressee.type(), r.addressee().code());
        if (r.answer() != null) {
            view = recommendations.transition(addresseeCaller, view.id(), valid(new RecommendationTransition(
                    RecommendationAction.ANSWER, view.version(), r.answer(), null)));
        }
        if (r.done() != null) {
            recommendations.transition(addresseeCaller, view.id(), valid(new RecommendationTransition(
                    RecommendationAction.COMPLETE, view.version(), r.done().text(), r.done().evidence())));
        }
        // Issued, answered and done on the dates the story gives, not at start-up.
        Recommendation stored = Recommendation.findById(view.id());
        if (r.issuedOn() != null) {
            stored.issuedOn = r.issuedOn();
            stored.dueOn = r.dueOn();
            if (stored.answeredAt != null) {
                stored.answeredAt = at(r.issuedOn().plusDays(7), 11);
            }
            if (stored.doneAt != null) {
                stored.doneAt = at(r.dueOn().minusDays(3), 14);
            }
        }
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(ZoneId.systemDefault()).toInstant();
    }

    /** A region code, a municipality's OKTMO or a school's code: they never coincide. */
    private OrganisationKey organisation(String code) {
        return regions.findByCode(code).map(r -> new OrganisationKey(OrganisationType.REGION, r.id))
                .or(() -> municipalities.findByOktmo(code).map(m -> new OrganisationKey(OrganisationType.MUNICIPALITY, m.id)))
                .or(() -> schools.findByCode(code).map(s -> new OrganisationKey(OrganisationType.SCHOOL, s.id)))
                .orElseThrow(() -> unknown(code));
    }

    private School school(String code) {
        return schools.findByCode(code).orElseThrow(() -> unknown(code));
    }

    private Caller executor(String code) {
        OrganisationKey key = organisation(code);
        return owner(key.type(), code);
    }

    private Caller owner(OrganisationType type, String code) {
        return switch (type) {
            case REGION -> {
                Region region = regions.findByCode(code).orElseThrow(() -> unknown(code));
                yield new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.MINISTRY, region.id, region.code,
                        region.authorityOrName(), region.id, null, null);
            }
            case MUNICIPALITY -> {
                Municipality m = municipalities.findByOktmo(code).orElseThrow(() -> unknown(code));
                yield new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.MUNICIPALITY, m.id, m.oktmo, m.name,
                        m.region.id, m.id, null);
            }
            case SCHOOL -> {
                School s = school(code);
                yield new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.SCHOOL, s.id, s.code, s.shortName,
                        s.municipality.region.id, s.municipality.id, s.id);
            }
        };
    }

    private Caller ministryOf(School school) {
        return owner(OrganisationType.REGION, school.municipality.region.code);
    }

    /** A curator of Пензенская область, as their token names them. */
    private Caller curator(String username) {
        Region region = regions.findByCode("58").orElseThrow(() -> unknown("58"));
        return new Caller(username, username, Role.CURATOR, region.id, region.code, region.authorityOrName(), region.id,
                null, null);
    }

    private static IllegalStateException unknown(String code) {
        return new IllegalStateException("Demo support data name an organisation that is not in the registry: " + code);
    }

    private DemoSupport read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/support.json")) {
            return json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, DemoSupport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo support data could not be read", e);
        }
    }

    private <T> T valid(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo support data " + input + ": " + violations);
        }
        return input;
    }
}
