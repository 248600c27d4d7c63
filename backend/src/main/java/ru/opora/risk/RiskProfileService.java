package ru.opora.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import ru.opora.common.audit.AuditRevision;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.common.text.Texts;
import ru.opora.config.OporaConfig;
import ru.opora.curator.CuratorScope;
import ru.opora.school.School;
import ru.opora.school.SchoolService;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * A school's «500+» risk profile of a year, as campaign forms work: the school fills it (a version on every save,
 * 409 on a stale one) and submits it, its municipality accepts it or returns it with a reason, and may override a
 * factor's level with a comment. Every change is kept by Envers and shown as history.
 */
@ApplicationScoped
public class RiskProfileService {

    private final EntityManager em;
    private final SchoolService schools;
    private final RiskProfileViews views;
    private final OporaConfig config;
    private final Clock clock;
    private final CuratorScope curators;

    RiskProfileService(EntityManager em, SchoolService schools, RiskProfileViews views, OporaConfig config, Clock clock,
                       CuratorScope curators) {
        this.em = em;
        this.schools = schools;
        this.curators = curators;
        this.views = views;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public RiskProfileView get(Caller caller, long schoolId, int year) {
        School school = inScope(caller, schoolId);
        checkYear(year);
        return views.profile(caller, school, year, find(school.id, year));
    }

    @Transactional
    public RiskProfileView save(Caller caller, long schoolId, int year, LevelsInput input) {
        School school = inScope(caller, schoolId);
        checkYear(year);
        if (!RiskAccess.fills(caller)) {
            throw ApiException.forbidden("Самооценку по факторам риска заполняет школа.");
        }
        RiskProfile profile = atVersion(school.id, year, input.version());
        if (profile != null && !profile.status.editable()) {
            throw ApiException.conflict("Профиль " + (profile.status == ProfileStatus.SUBMITTED ? "сдан и ждёт решения муниципалитета"
                    : "принят муниципалитетом") + ": изменить его нельзя.");
        }
        Map<Long, RiskFactor> factors = usable(caller.regionId());
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.levels().size(); i++) {
            LevelInput level = input.levels().get(i);
            if (!factors.containsKey(level.factorId())) {
                errors.add(new FieldError("levels[" + i + "].factorId", "фактор " + level.factorId() + " не найден в перечне региона"));
            } else if (!seen.add(level.factorId())) {
                errors.add(new FieldError("levels[" + i + "].factorId", "фактор указан дважды"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = Instant.now(clock);
        if (profile == null) {
            profile = new RiskProfile();
            profile.school = school;
            profile.municipalityId = school.municipality.id;
            profile.regionId = school.municipality.region.id;
            profile.year = year;
            profile.status = ProfileStatus.DRAFT;
            profile.createdBy = caller.username();
            profile.updatedBy = caller.username();
            // A profile not yet started reads as version 0; the saved one starts at 1, so that a second save with the
            // version 0 the caller read before is stale (409) like any other (Hibernate keeps a non-negative version).
            profile.version = 1;
            profile.persist();
        } else {
            if (profile.status == ProfileStatus.NOT_STARTED) {
                profile.status = ProfileStatus.DRAFT;
            }
            profile.updatedAt = now;
            profile.updatedBy = caller.username();
        }
        // The profile's own row first, with the caller's version: of concurrent saves one wins here.
        em.flush();
        Map<Long, ProfileLevel> levels = levels(profile);
        for (LevelInput in : input.levels()) {
            ProfileLevel level = levels.computeIfAbsent(in.factorId(), id -> newLevel(levels, id));
            level.profile = profile;
            level.selfLevel = in.level();
            level.selfComment = Texts.blankToNull(in.comment());
            if (level.id == null) {
                level.persist();
            }
        }
        em.flush();
        return views.profile(caller, school, year, profile);
    }

    @Transactional
    public RiskProfileView submit(Caller caller, long schoolId, int year, ProfileSubmission submission) {
        School school = inScope(caller, schoolId);
        checkYear(year);
        if (!RiskAccess.fills(caller)) {
            throw ApiException.forbidden("Профиль рисков сдаёт школа.");
        }
        RiskProfile profile = atVersion(school.id, year, submission.version());
        if (profile == null || !profile.status.editable()) {
            throw ApiException.conflict(profile == null ? "Профиль ещё не заполнен." : "Профиль уже сдан.");
        }
        RiskProfileView current = views.profile(caller, school, year, profile);
        List<FieldError> missing = new ArrayList<>();
        for (FactorLevelView factor : current.factors()) {
            if (factor.level() == null) {
                missing.add(new FieldError("levels[" + factor.code() + "]", "укажите уровень по фактору «" + factor.name() + "»"));
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        profile.status = ProfileStatus.SUBMITTED;
        profile.submittedAt = Instant.now(clock);
        profile.submittedBy = caller.username();
        profile.returnReason = null;
        profile.updatedBy = caller.username();
        em.flush();
        return views.profile(caller, school, year, profile);
    }

    @Transactional
    public RiskProfileView review(Caller caller, long schoolId, int year, ProfileReview review) {
        School school = inScope(caller, schoolId);
        checkYear(year);
        if (!RiskAccess.reviews(caller)) {
            throw ApiException.forbidden("Профиль рисков школы проверяет муниципальный орган управления образованием.");
        }
        RiskProfile profile = atVersion(school.id, year, review.version());
        if (profile == null || profile.status != ProfileStatus.SUBMITTED) {
            throw ApiException.conflict("Решение принимается по сданному профилю.");
        }
        if (review.decision() == ProfileReview.Decision.RETURN && (review.reason() == null || review.reason().isBlank())) {
            throw ApiException.invalid("reason", "укажите, что исправить");
        }
        profile.status = review.decision() == ProfileReview.Decision.ACCEPT ? ProfileStatus.ACCEPTED : ProfileStatus.RETURNED;
        profile.returnReason = review.decision() == ProfileReview.Decision.RETURN ? review.reason().strip() : null;
        profile.reviewedAt = Instant.now(clock);
        profile.reviewedBy = caller.username();
        profile.updatedBy = caller.username();
        em.flush();
        return views.profile(caller, school, year, profile);
    }

    @Transactional
    public RiskProfileView override(Caller caller, long schoolId, int year, OverridesInput input) {
        School school = inScope(caller, schoolId);
        checkYear(year);
        if (!RiskAccess.overrides(caller)) {
            throw ApiException.forbidden("Уровни факторов школы устанавливает муниципальный орган управления образованием"
                    + " или куратор школы.");
        }
        RiskProfile profile = atVersion(school.id, year, input.version());
        if (profile == null || profile.status != ProfileStatus.SUBMITTED && profile.status != ProfileStatus.ACCEPTED) {
            throw ApiException.conflict("Уровни устанавливаются по сданному или принятому профилю.");
        }
        Map<Long, RiskFactor> factors = usable(school.municipality.region.id);
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.overrides().size(); i++) {
            OverrideInput o = input.overrides().get(i);
            if (!factors.containsKey(o.factorId())) {
                errors.add(new FieldError("overrides[" + i + "].factorId", "фактор " + o.factorId() + " не найден в перечне региона"));
            } else if (!seen.add(o.factorId())) {
                errors.add(new FieldError("overrides[" + i + "].factorId", "фактор указан дважды"));
            }
            if (o.level() != null && (o.comment() == null || o.comment().isBlank())) {
                errors.add(new FieldError("overrides[" + i + "].comment", "обоснуйте уровень, отличный от самооценки школы"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Instant now = Instant.now(clock);
        profile.updatedAt = now;
        profile.updatedBy = caller.username();
        em.flush();
        Map<Long, ProfileLevel> levels = levels(profile);
        for (OverrideInput o : input.overrides()) {
            ProfileLevel level = levels.computeIfAbsent(o.factorId(), id -> newLevel(levels, id));
            level.profile = profile;
            level.overrideLevel = o.level();
            level.overrideComment = o.level() == null ? null : o.comment().strip();
            level.overrideBy = o.level() == null ? null : caller.username();
            level.overrideRole = o.level() == null ? null : RiskAccess.overrideRole(caller);
            level.overrideAt = o.level() == null ? null : now;
            if (level.id == null) {
                level.persist();
            }
        }
        em.flush();
        return views.profile(caller, school, year, profile);
    }

    @Transactional
    public List<ProfileRevisionView> history(Caller caller, long schoolId, int year) {
        School school = inScope(caller, schoolId);
        checkYear(year);
        RiskProfile profile = find(school.id, year);
        if (profile == null) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        RiskFactor.<RiskFactor>listAll().forEach(f -> names.put(f.id, f.name));
        List<ProfileRevisionView> changes = new ArrayList<>();
        var reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> states = reader.createQuery().forRevisionsOfEntity(RiskProfile.class, false, true)
                .add(AuditEntity.id().eq(profile.id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        ProfileStatus before = null;
        for (Object[] row : states) {
            RiskProfile state = (RiskProfile) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            if (state.status != before) {
                changes.add(new ProfileRevisionView(revision.id, revision.changedAt, revision.changedBy, "STATUS", null,
                        before == null ? null : before.name(), state.status.name(),
                        state.status == ProfileStatus.RETURNED ? state.returnReason : null));
                before = state.status;
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> levelStates = reader.createQuery().forRevisionsOfEntity(ProfileLevel.class, false, true)
                .add(AuditEntity.relatedId("profile").eq(profile.id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<Long, ProfileLevel> last = new HashMap<>();
        for (Object[] row : levelStates) {
            ProfileLevel state = (ProfileLevel) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            ProfileLevel previous = last.put(state.id, state);
            RiskLevel selfBefore = previous == null ? null : previous.selfLevel;
            RiskLevel overrideBefore = previous == null ? null : previous.overrideLevel;
            if (state.selfLevel != selfBefore || previous != null && !java.util.Objects.equals(previous.selfComment, state.selfComment)) {
                changes.add(new ProfileRevisionView(revision.id, revision.changedAt, revision.changedBy, "SELF_LEVEL",
                        names.get(state.factorId), name(selfBefore), name(state.selfLevel), state.selfComment));
            }
            if (state.overrideLevel != overrideBefore) {
                changes.add(new ProfileRevisionView(revision.id, revision.changedAt, revision.changedBy, "OVERRIDE",
                        names.get(state.factorId), name(overrideBefore), name(state.overrideLevel), state.overrideComment));
            }
        }
        changes.sort(Comparator.comparingLong(ProfileRevisionView::revisionId).reversed());
        return changes;
    }

    @Transactional
    public ProfilePage list(Caller caller, String year, String municipalityId, String status, String page, String size) {
        if (caller.role() == Role.SCHOOL) {
            throw ApiException.forbidden("Школа видит свой профиль на его странице.");
        }
        List<FieldError> errors = new ArrayList<>();
        Long y = QueryParsing.number(year, "year", 2000, 2100L, errors);
        Long municipality = QueryParsing.number(municipalityId, "municipalityId", 1, null, errors);
        ProfileStatus wanted = QueryParsing.option(status, "status", ProfileStatus.class, errors);
        PageRequest request = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        StringBuilder where = new StringBuilder("regionId = :region");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("region", caller.regionId());
        if (caller.role() == Role.MUNICIPALITY) {
            where.append(" and municipalityId = :own");
            params.and("own", caller.municipalityId());
        }
        if (y != null) {
            where.append(" and year = :year");
            params.and("year", y.intValue());
        }
        if (municipality != null) {
            where.append(" and municipalityId = :municipality");
            params.and("municipality", municipality);
        }
        if (wanted != null) {
            where.append(" and status = :status");
            params.and("status", wanted);
        }
        long total = RiskProfile.count(where.toString(), params);
        List<RiskProfile> profiles = RiskProfile.<RiskProfile>find(where + " order by year desc, submittedAt, id", params)
                .page(request.number() - 1, request.size()).list();
        return new ProfilePage(views.summaries(profiles), total, request.number(), request.size());
    }

    /**
     * The school if it is in the caller's scope, else 404: the registry's scope for the region's authorities and the
     * school itself, the schools assigned this year for a curator.
     */
    private School inScope(Caller caller, long schoolId) {
        if (caller.role() == Role.CURATOR) {
            School school = curators.assigned(caller, schoolId) ? School.findById(schoolId) : null;
            if (school == null) {
                throw ApiException.notFound("Школа " + schoolId + " не найдена.");
            }
            return school;
        }
        return schools.visible(caller, schoolId);
    }

    /** The school's profile of the year, which the caller's version must match (none yet is version 0). */
    private RiskProfile atVersion(long schoolId, int year, Long version) {
        RiskProfile profile = find(schoolId, year);
        Versions.require(version, profile == null ? 0 : profile.version, "version", "профиля рисков");
        return profile;
    }

    public RiskProfile find(long schoolId, int year) {
        return RiskProfile.<RiskProfile>find("school.id = ?1 and year = ?2", schoolId, year).firstResult();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ApiException.badRequest(List.of(new FieldError("year", "год — от 2000 до 2100")));
        }
    }

    private Map<Long, RiskFactor> usable(long regionId) {
        Map<Long, RiskFactor> factors = new HashMap<>();
        RiskFactor.<RiskFactor>list("(region is null or region.id = ?1) and archived = false", regionId).forEach(f -> factors.put(f.id, f));
        return factors;
    }

    static Map<Long, ProfileLevel> levels(RiskProfile profile) {
        Map<Long, ProfileLevel> levels = new HashMap<>();
        if (profile != null && profile.id != null) {
            ProfileLevel.<ProfileLevel>list("profile.id", profile.id).forEach(l -> levels.put(l.factorId, l));
        }
        return levels;
    }

    private static ProfileLevel newLevel(Map<Long, ProfileLevel> levels, long factorId) {
        ProfileLevel level = new ProfileLevel();
        level.factorId = factorId;
        return level;
    }

    private static String name(RiskLevel level) {
        return level == null ? null : level.name();
    }
}
