package ru.opora.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.opora.identification.RuleEngine;
import ru.opora.municipality.Municipality;
import ru.opora.roadmap.report.ItemStatus;
import ru.opora.school.School;
import ru.opora.security.Caller;

/**
 * Builds a profile as it reads now: the school's and the municipality's levels as stored, the derived ones computed
 * from the indicators, the level of the year before and the measures of the school's anti-risk programme with their
 * last reported status.
 */
@ApplicationScoped
public class RiskProfileViews {

    /** A factor's level at a school with where it came from. */
    public record Effective(RiskLevel level, LevelSource source) {
    }

    private final EntityManager em;
    private final RiskFactorService factors;
    private final Derivations derivations;

    RiskProfileViews(EntityManager em, RiskFactorService factors, Derivations derivations) {
        this.em = em;
        this.factors = factors;
        this.derivations = derivations;
    }

    public RiskProfileView profile(Caller caller, School school, int year, RiskProfile profile) {
        long region = school.municipality.region.id;
        RuleEngine.Scope scope = new RuleEngine.Scope(List.of(region), List.of(school.id));
        Map<Long, ProfileLevel> levels = RiskProfileService.levels(profile);
        Map<Long, Derivations.Derived> derived = derivations.derive(region, year, scope).getOrDefault(school.id, Map.of());
        RiskProfile previous = RiskProfile.<RiskProfile>find("school.id = ?1 and year = ?2", school.id, year - 1).firstResult();
        Map<Long, Effective> before = previous == null ? Map.of()
                : effective(RiskProfileService.levels(previous), derivations.derive(region, year - 1, scope).getOrDefault(school.id, Map.of()));
        Map<Long, List<MeasureView>> measures = measures(school.id, year);
        List<RiskFactor> shown = new ArrayList<>(factors.factors(region, false));
        for (Long id : levels.keySet()) {
            if (shown.stream().noneMatch(f -> f.id.equals(id))) {
                shown.add(RiskFactor.findById(id));
            }
        }
        List<FactorLevelView> views = new ArrayList<>();
        for (RiskFactor f : shown) {
            ProfileLevel level = levels.get(f.id);
            Derivations.Derived d = derived.get(f.id);
            Effective now = effective(level, d);
            Effective then = before.get(f.id);
            views.add(new FactorLevelView(f.id, f.code, f.name, level == null ? null : level.selfLevel,
                    level == null ? null : level.selfComment, d == null ? null : d.level(), d == null ? null : d.basis(),
                    level == null ? null : level.overrideLevel, level == null ? null : level.overrideComment,
                    level == null ? null : level.overrideBy, level == null || level.overrideLevel == null ? null
                            : LevelSource.overrideBy(level.overrideRole), level == null ? null : level.overrideAt, now.level(), now.source(),
                    then == null ? null : then.level(), then == null ? null : Movement.of(then.level(), now.level()),
                    measures.getOrDefault(f.id, List.of())));
        }
        ProfileStatus status = profile == null ? ProfileStatus.NOT_STARTED : profile.status;
        return new RiskProfileView(school.id, school.shortName, school.municipality.id, school.municipality.name, year, status,
                profile == null ? null : profile.submittedAt, profile == null ? null : profile.submittedBy,
                profile == null ? null : profile.reviewedAt, profile == null ? null : profile.reviewedBy,
                profile == null ? null : profile.returnReason, views, allowed(caller, status),
                profile == null ? 0 : profile.version);
    }

    public List<ProfileSummary> summaries(List<RiskProfile> profiles) {
        if (profiles.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, Effective>> levels = effectiveLevels(profiles);
        Map<Long, String> municipalities = Municipality.<Municipality>list("id in ?1",
                profiles.stream().map(p -> p.municipalityId).distinct().toList()).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m.name));
        return profiles.stream().map(p -> new ProfileSummary(p.school.id, p.school.shortName, p.municipalityId,
                municipalities.get(p.municipalityId), p.year, p.status, p.submittedAt,
                (int) levels.getOrDefault(p.id, Map.of()).values().stream().filter(e -> e.level() == RiskLevel.HIGH).count()))
                .toList();
    }

    /** By profile, by factor: the effective levels of these profiles (of one region), derived levels computed in bulk. */
    public Map<Long, Map<Long, Effective>> effectiveLevels(List<RiskProfile> profiles) {
        Map<Long, Map<Long, Effective>> result = new HashMap<>();
        if (profiles.isEmpty()) {
            return result;
        }
        Map<Long, Map<Long, ProfileLevel>> stored = new HashMap<>();
        ProfileLevel.<ProfileLevel>list("profile.id in ?1", profiles.stream().map(p -> p.id).toList())
                .forEach(l -> stored.computeIfAbsent(l.profile.id, k -> new HashMap<>()).put(l.factorId, l));
        Map<Integer, List<RiskProfile>> byYear = profiles.stream().collect(Collectors.groupingBy(p -> p.year));
        for (Map.Entry<Integer, List<RiskProfile>> year : byYear.entrySet()) {
            long region = year.getValue().get(0).regionId;
            Map<Long, Map<Long, Derivations.Derived>> derived = derivations.derive(region, year.getKey(),
                    new RuleEngine.Scope(List.of(region), year.getValue().stream().map(p -> p.school.id).toList()));
            for (RiskProfile p : year.getValue()) {
                result.put(p.id, effective(stored.getOrDefault(p.id, Map.of()), derived.getOrDefault(p.school.id, Map.of())));
            }
        }
        return result;
    }

    static Map<Long, Effective> effective(Map<Long, ProfileLevel> levels, Map<Long, Derivations.Derived> derived) {
        Map<Long, Effective> result = new LinkedHashMap<>();
        Set<Long> factorIds = new java.util.HashSet<>(levels.keySet());
        factorIds.addAll(derived.keySet());
        for (Long id : factorIds) {
            Effective e = effective(levels.get(id), derived.get(id));
            if (e.level() != null) {
                result.put(id, e);
            }
        }
        return result;
    }

    /** The municipality's or the curator's decision, else the school's own level, else the level derived from indicators. */
    static Effective effective(ProfileLevel level, Derivations.Derived derived) {
        if (level != null && level.overrideLevel != null) {
            return new Effective(level.overrideLevel, LevelSource.overrideBy(level.overrideRole));
        }
        if (level != null && level.selfLevel != null) {
            return new Effective(level.selfLevel, LevelSource.SELF);
        }
        if (derived != null) {
            return new Effective(derived.level(), LevelSource.DERIVED);
        }
        return new Effective(null, null);
    }

    /** The items of the school's roadmaps of the year that name a factor, with their last reported status. */
    private Map<Long, List<MeasureView>> measures(long schoolId, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select i.risk_factor_id, r.id, r.title, i.id as item_id, i.number, i.title as item_title,
                       (select ir.status from roadmap_item_report ir join roadmap_report rr on rr.id = ir.report_id
                        where ir.item_id = i.id order by rr.period desc limit 1) as last_status
                from roadmap_item i join roadmap r on r.id = i.roadmap_id
                where r.school_id = :school and i.risk_factor_id is not null and r.status <> 'ARCHIVED'
                  and :year between r.year_from and r.year_to
                order by r.id, i.position, i.id""").setParameter("school", schoolId).setParameter("year", year).getResultList();
        Map<Long, List<MeasureView>> byFactor = new HashMap<>();
        for (Object[] r : rows) {
            byFactor.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new MeasureView(
                    ((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).longValue(), (String) r[4], (String) r[5],
                    r[6] == null ? null : ItemStatus.valueOf((String) r[6])));
        }
        return byFactor;
    }

    static List<RiskProfilePermission> allowed(Caller caller, ProfileStatus status) {
        EnumSet<RiskProfilePermission> allowed = EnumSet.noneOf(RiskProfilePermission.class);
        if (RiskAccess.fills(caller) && status.editable()) {
            allowed.add(RiskProfilePermission.EDIT);
            if (status != ProfileStatus.NOT_STARTED) {
                allowed.add(RiskProfilePermission.SUBMIT);
            }
        }
        if (RiskAccess.reviews(caller) && status == ProfileStatus.SUBMITTED) {
            allowed.add(RiskProfilePermission.REVIEW);
        }
        if (RiskAccess.overrides(caller) && (status == ProfileStatus.SUBMITTED || status == ProfileStatus.ACCEPTED)) {
            allowed.add(RiskProfilePermission.OVERRIDE);
        }
        return List.copyOf(allowed);
    }
}
