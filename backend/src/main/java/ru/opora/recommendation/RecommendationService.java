package ru.opora.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import ru.opora.common.audit.AuditRevision;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.curator.CuratorScope;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.roadmap.OrganisationKey;
import ru.opora.roadmap.OrganisationView;
import ru.opora.roadmap.RoadmapViews;
import ru.opora.roadmap.report.EvidenceLink;
import ru.opora.school.School;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;
import ru.opora.security.Role;

/** Targeted recommendations: issued, edited until answered, answered, reported done with evidence, withdrawn. */
@ApplicationScoped
public class RecommendationService {

    /** The most rows an export holds; a larger list is narrowed by its filters first. */
    static final int EXPORT_LIMIT = 10_000;

    private final RecommendationRepository recommendations;
    private final CuratorScope curators;
    private final OporaConfig config;
    private final Clock clock;

    RecommendationService(RecommendationRepository recommendations, CuratorScope curators, OporaConfig config, Clock clock) {
        this.recommendations = recommendations;
        this.curators = curators;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public RecommendationPage list(Caller caller, RecommendationParams params) {
        RecommendationQuery query = RecommendationQuery.parse(params, LocalDate.now(clock), config.paging());
        RecommendationRepository.Found found = recommendations.search(caller, query, (int) query.page().offset(),
                query.page().size());
        return new RecommendationPage(recommendations.load(found.ids()).stream().map(r -> view(caller, r, query.asOf()))
                .toList(), found.total(), query.page().number(), query.page().size(), query.asOf());
    }

    @Transactional
    public byte[] export(Caller caller, RecommendationParams params) {
        RecommendationQuery query = RecommendationQuery.parse(params, LocalDate.now(clock), config.paging());
        RecommendationRepository.Found found = recommendations.search(caller, query, 0, EXPORT_LIMIT);
        List<RecommendationView> rows = recommendations.load(found.ids()).stream()
                .map(r -> view(caller, r, query.asOf())).toList();
        return RecommendationWorkbook.of(rows, query.asOf(), found.total());
    }

    @Transactional
    public RecommendationView create(Caller caller, RecommendationInput input) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        OrganisationKey addressee = input.addressee();
        School school = null;
        Municipality municipality = null;
        if (addressee.type() == OrganisationType.SCHOOL) {
            school = School.<School>findByIdOptional(addressee.id())
                    .filter(s -> s.municipality.region.id == caller.regionId()).orElse(null);
            municipality = school == null ? null : school.municipality;
        } else if (addressee.type() == OrganisationType.MUNICIPALITY) {
            municipality = Municipality.<Municipality>findByIdOptional(addressee.id())
                    .filter(m -> m.region.id == caller.regionId()).orElse(null);
        }
        if (municipality == null) {
            errors.add(new FieldError("addressee", "адресат — школа или муниципалитет вашего региона"));
        } else if (caller.role() == Role.MUNICIPALITY && (school == null || !municipality.id.equals(caller.municipalityId()))) {
            errors.add(new FieldError("addressee", "муниципалитет адресует рекомендации своим школам"));
        } else if (caller.role() == Role.CURATOR && (school == null || !curators.assigned(caller, school.id))) {
            errors.add(new FieldError("addressee", "куратор адресует рекомендации закреплённым за ним в "
                    + curators.year() + " году школам"));
        }
        if (input.dueOn().isBefore(today)) {
            errors.add(new FieldError("dueOn", "срок исполнения раньше даты выдачи (" + today + ")"));
        }
        checkBasis(caller, input.basis(), school, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Recommendation r = new Recommendation();
        r.regionId = caller.regionId();
        switch (caller.role()) {
            case MINISTRY -> {
                r.issuerType = IssuerType.REGION;
                r.issuerId = caller.regionId();
                r.issuerName = Region.<Region>findById(caller.regionId()).authorityOrName();
            }
            case MUNICIPALITY -> {
                r.issuerType = IssuerType.MUNICIPALITY;
                r.issuerId = caller.municipalityId();
                r.issuerName = caller.organisationName();
            }
            case CURATOR -> {
                r.issuerType = IssuerType.CURATOR;
                r.issuerId = caller.regionId();
                r.issuerName = recommendations.curatorName(caller, school.id, curators.year());
            }
            default -> throw ApiException.forbidden("Школа не выдаёт адресные рекомендации.");
        }
        r.issuedBy = caller.username();
        r.addresseeType = addressee.type();
        r.addresseeId = addressee.id();
        r.municipalityId = municipality.id;
        r.schoolId = school == null ? null : school.id;
        r.issuedOn = today;
        r.status = RecommendationStatus.ISSUED;
        apply(r, input.audiences(), input.text(), input.basis(), input.dueOn(), caller);
        r.persist();
        Recommendation.flush();
        return view(caller, r, today);
    }

    @Transactional
    public RecommendationView get(Caller caller, long id, String asOf) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = QueryParsing.date(asOf, "asOf", errors);
        QueryParsing.requireValid(errors);
        return view(caller, visible(caller, id), date == null ? LocalDate.now(clock) : date);
    }

    @Transactional
    public RecommendationView update(Caller caller, long id, RecommendationUpdate update) {
        Recommendation r = visible(caller, id);
        if (!RecommendationAccess.issued(caller, r)) {
            throw ApiException.forbidden("Рекомендацию меняет только тот, кто её выдал: " + r.issuerName + ".");
        }
        Versions.require(update.version(), r.version, "version", "рекомендации");
        if (r.status != RecommendationStatus.ISSUED) {
            throw ApiException.conflict("На рекомендацию уже " + (r.status == RecommendationStatus.ANSWERED
                    ? "ответили" : r.status == RecommendationStatus.DONE ? "отчитались об исполнении" : "отозвана")
                    + ": изменить её нельзя.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (update.dueOn().isBefore(r.issuedOn)) {
            errors.add(new FieldError("dueOn", "срок исполнения раньше даты выдачи (" + r.issuedOn + ")"));
        }
        School school = r.schoolId == null ? null : School.findById(r.schoolId);
        checkBasis(caller, update.basis(), school, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        apply(r, update.audiences(), update.text(), update.basis(), update.dueOn(), caller);
        Recommendation.flush();
        return view(caller, r, LocalDate.now(clock));
    }

    @Transactional
    public RecommendationView transition(Caller caller, long id, RecommendationTransition t) {
        Recommendation r = visible(caller, id);
        RecommendationAction action = t.action();
        if (action.byAddressee() ? !RecommendationAccess.addressed(caller, r) : !RecommendationAccess.issued(caller, r)) {
            throw ApiException.forbidden(action.byAddressee()
                    ? "Отвечает на рекомендацию и отчитывается об исполнении её адресат."
                    : "Отозвать рекомендацию может только тот, кто её выдал: " + r.issuerName + ".");
        }
        Versions.require(t.version(), r.version, "version", "рекомендации");
        if (!action.allowedFrom(r.status)) {
            throw ApiException.conflict("Действие " + action + " невозможно: рекомендация в статусе " + r.status + ".");
        }
        String text = t.text() == null || t.text().isBlank() ? null : t.text().strip();
        List<EvidenceLink> evidence = t.evidence() == null ? List.of() : t.evidence();
        List<FieldError> errors = new ArrayList<>();
        if (text == null) {
            errors.add(new FieldError("text", switch (action) {
                case ANSWER -> "напишите ответ";
                case COMPLETE -> "опишите, что сделано";
                case WITHDRAW -> "укажите причину отзыва";
            }));
        }
        if (action == RecommendationAction.COMPLETE && evidence.isEmpty()) {
            errors.add(new FieldError("evidence", "приложите хотя бы одну ссылку на документ или публикацию"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = Instant.now(clock);
        switch (action) {
            case ANSWER -> {
                r.status = RecommendationStatus.ANSWERED;
                r.answer = text;
                r.answeredAt = now;
                r.answeredBy = caller.username();
            }
            case COMPLETE -> {
                r.status = RecommendationStatus.DONE;
                r.doneText = text;
                r.evidence = new ArrayList<>(evidence.stream().map(e -> new EvidenceLink(e.url().strip(), e.title().strip())).toList());
                r.doneAt = now;
                r.doneBy = caller.username();
            }
            case WITHDRAW -> {
                r.status = RecommendationStatus.WITHDRAWN;
                r.withdrawReason = text;
            }
        }
        r.updatedBy = caller.username();
        Recommendation.flush();
        return view(caller, r, LocalDate.now(clock));
    }

    @Transactional
    public List<RecommendationRevisionView> history(Caller caller, long id) {
        Recommendation r = visible(caller, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(Recommendation.getEntityManager()).createQuery()
                .forRevisionsOfEntity(Recommendation.class, false, true)
                .add(AuditEntity.id().eq(r.id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<RecommendationRevisionView> views = new ArrayList<>();
        for (Object[] row : rows) {
            Recommendation state = (Recommendation) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            String note = switch (state.status) {
                case ISSUED -> null;
                case ANSWERED -> state.answer;
                case DONE -> state.doneText;
                case WITHDRAWN -> state.withdrawReason;
            };
            views.add(new RecommendationRevisionView(revision.id, revision.changedAt, revision.changedBy, state.status, note));
        }
        Collections.reverse(views);
        return views;
    }

    /** A recommendation the caller sees; any other is absent (404). Also the scope probe of {@code recommendationId}. */
    public Recommendation visible(Caller caller, long id) {
        return Recommendation.<Recommendation>findByIdOptional(id)
                .filter(r -> RecommendationAccess.sees(caller, r, curators.schools(caller)))
                .orElseThrow(() -> ApiException.notFound("Рекомендация " + id + " не найдена."));
    }

    private void checkBasis(Caller caller, Basis basis, School school, List<FieldError> errors) {
        String reference = basis.reference() == null || basis.reference().isBlank() ? null : basis.reference();
        switch (basis.kind()) {
            case MEETING_DECISION -> {
                if (basis.referenceId() == null || !recommendations.decisionExists(basis.referenceId(), caller.regionId())) {
                    errors.add(new FieldError("basis.referenceId", "укажите решение заседания вашего региона"));
                }
            }
            case CURATOR_VISIT -> {
                if (basis.referenceId() == null || school == null || !recommendations.visitExists(basis.referenceId(), school.id)) {
                    errors.add(new FieldError("basis.referenceId", "укажите визит куратора в эту школу"));
                }
            }
            default -> {
                if (basis.referenceId() == null && reference == null) {
                    errors.add(new FieldError("basis.reference", "укажите, на чём основана рекомендация"));
                }
            }
        }
    }

    private static void apply(Recommendation r, List<Audience> audiences, String text, Basis basis, LocalDate dueOn,
                              Caller caller) {
        r.audiences = new ArrayList<>(audiences.stream().distinct().toList());
        r.text = text.strip();
        r.basisKind = basis.kind();
        r.basisId = basis.referenceId();
        r.basisText = basis.reference() == null || basis.reference().isBlank() ? null : basis.reference().strip();
        r.dueOn = dueOn;
        r.updatedBy = caller.username();
    }

    RecommendationView view(Caller caller, Recommendation r, LocalDate asOf) {
        OrganisationView addressee = RoadmapViews.organisation(new OrganisationKey(r.addresseeType, r.addresseeId));
        OrganisationView municipality = RoadmapViews.organisation(new OrganisationKey(OrganisationType.MUNICIPALITY,
                r.municipalityId));
        return new RecommendationView(r.id, r.issuerType, r.issuerName, r.issuedBy, addressee, municipality,
                List.copyOf(r.audiences), r.text, new Basis(r.basisKind, r.basisId, r.basisText), r.issuedOn, r.dueOn,
                r.status, r.overdueAt(asOf), r.answer, r.answeredAt, r.answeredBy, r.doneText, List.copyOf(r.evidence),
                r.doneAt, r.doneBy, r.withdrawReason, RecommendationPermission.of(caller, r), r.version, r.updatedAt,
                r.updatedBy);
    }
}
