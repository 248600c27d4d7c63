package ru.opora.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.QueryParsing;
import ru.opora.identification.Decision;
import ru.opora.identification.IdentificationList;
import ru.opora.identification.ListEntry;
import ru.opora.identification.Outcome;
import ru.opora.municipality.Municipality;
import ru.opora.school.SchoolCategory;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * The region's picture of identification and «500+» risks, computed from the data as it is (categories held,
 * approved lists, profiles with derived levels computed on reading): the ministry sees every municipality, a
 * municipality itself.
 */
@ApplicationScoped
public class RiskAnalyticsService {

    /** Profiles that count: submitted by the school, or accepted by the municipality. */
    private static final List<ProfileStatus> COUNTED = List.of(ProfileStatus.SUBMITTED, ProfileStatus.ACCEPTED);
    private static final int YEARS = 5;

    private final EntityManager em;
    private final RiskFactorService factors;
    private final RiskProfileViews views;
    private final Clock clock;

    RiskAnalyticsService(EntityManager em, RiskFactorService factors, RiskProfileViews views, Clock clock) {
        this.em = em;
        this.factors = factors;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public RiskAnalyticsView analytics(Caller caller, String yearParam) {
        if (caller.role() == Role.SCHOOL) {
            throw ApiException.forbidden("Аналитика по муниципалитетам школе недоступна; свой профиль школа видит на его странице.");
        }
        List<FieldError> errors = new ArrayList<>();
        Long y = QueryParsing.number(yearParam, "year", 2000, 2100L, errors);
        QueryParsing.requireValid(errors);
        int year = y == null ? Year.now(clock).getValue() : y.intValue();
        int from = year - YEARS + 1;
        List<Municipality> municipalities = caller.role() == Role.MINISTRY
                ? Municipality.list("region.id = ?1 order by name", caller.regionId())
                : Municipality.list("id = ?1", caller.municipalityId());
        List<Long> ids = municipalities.stream().map(m -> m.id).toList();
        List<RiskFactor> factorList = factors.factors(caller.regionId(), false);

        List<RiskProfile> profiles = RiskProfile.list("regionId = ?1 and municipalityId in ?2 and year between ?3 and ?4",
                caller.regionId(), ids, from - 1, year);
        List<RiskProfile> counted = profiles.stream().filter(p -> COUNTED.contains(p.status)).toList();
        Map<Long, Map<Long, RiskProfileViews.Effective>> levels = views.effectiveLevels(counted);

        List<RiskProfile> ofYear = profiles.stream().filter(p -> p.year == year).toList();
        RiskAnalyticsView.Profiles totals = new RiskAnalyticsView.Profiles(ofYear.size(),
                (int) ofYear.stream().filter(p -> COUNTED.contains(p.status)).count(),
                (int) ofYear.stream().filter(p -> p.status == ProfileStatus.ACCEPTED).count());

        Map<String, int[]> cells = new HashMap<>();
        Map<String, Integer> high = new HashMap<>();
        Map<Long, Map<Integer, RiskProfile>> bySchool = new HashMap<>();
        for (RiskProfile p : counted) {
            bySchool.computeIfAbsent(p.school.id, k -> new HashMap<>()).put(p.year, p);
            for (Map.Entry<Long, RiskProfileViews.Effective> e : levels.getOrDefault(p.id, Map.of()).entrySet()) {
                if (p.year == year) {
                    cells.computeIfAbsent(p.municipalityId + ":" + e.getKey(), k -> new int[4])[e.getValue().level().ordinal()]++;
                }
                if (p.year >= from && e.getValue().level() == RiskLevel.HIGH) {
                    high.merge(p.year + ":" + e.getKey(), 1, Integer::sum);
                }
            }
        }
        List<RiskAnalyticsView.HeatCell> heat = new ArrayList<>();
        for (Municipality m : municipalities) {
            for (RiskFactor f : factorList) {
                int[] c = cells.getOrDefault(m.id + ":" + f.id, new int[4]);
                heat.add(new RiskAnalyticsView.HeatCell(m.id, f.id, c[0], c[1], c[2], c[3]));
            }
        }
        List<RiskAnalyticsView.Trend> trends = new ArrayList<>();
        for (int t = from; t <= year; t++) {
            for (RiskFactor f : factorList) {
                trends.add(new RiskAnalyticsView.Trend(t, f.id, high.getOrDefault(t + ":" + f.id, 0)));
            }
        }
        // Counts [improved, worsened, same, high lowered] by municipality ("m:<id>"), by municipality × factor
        // ("m:<id>:<factor>"), by factor over the region ("f:<factor>") and in total ("all").
        Map<String, int[]> moved = new HashMap<>();
        for (Map<Integer, RiskProfile> years : bySchool.values()) {
            RiskProfile now = years.get(year);
            RiskProfile before = years.get(year - 1);
            if (now == null || before == null) {
                continue;
            }
            Map<Long, RiskProfileViews.Effective> a = levels.getOrDefault(before.id, Map.of());
            for (Map.Entry<Long, RiskProfileViews.Effective> e : levels.getOrDefault(now.id, Map.of()).entrySet()) {
                RiskProfileViews.Effective then = a.get(e.getKey());
                Movement movement = then == null ? null : Movement.of(then.level(), e.getValue().level());
                if (movement == null) {
                    continue;
                }
                boolean highLowered = then.level() == RiskLevel.HIGH && movement == Movement.IMPROVED;
                for (String key : List.of("m:" + now.municipalityId, "m:" + now.municipalityId + ":" + e.getKey(),
                        "f:" + e.getKey(), "all")) {
                    int[] c = moved.computeIfAbsent(key, k -> new int[4]);
                    c[movement.ordinal()]++;
                    if (highLowered) {
                        c[3]++;
                    }
                }
            }
        }
        List<RiskAnalyticsView.MovementRow> movement = municipalities.stream().map(m -> {
            int[] c = moved.getOrDefault("m:" + m.id, new int[4]);
            return new RiskAnalyticsView.MovementRow(m.id, c[0], c[1], c[2], c[3]);
        }).toList();
        List<RiskAnalyticsView.FactorMovementRow> factorMovement = new ArrayList<>();
        for (RiskFactor f : factorList) {
            for (Municipality m : municipalities) {
                int[] c = moved.getOrDefault("m:" + m.id + ":" + f.id, new int[4]);
                factorMovement.add(new RiskAnalyticsView.FactorMovementRow(m.id, f.id, c[0], c[1], c[2], c[3]));
            }
            int[] c = moved.getOrDefault("f:" + f.id, new int[4]);
            factorMovement.add(new RiskAnalyticsView.FactorMovementRow(null, f.id, c[0], c[1], c[2], c[3]));
        }
        int[] all = moved.getOrDefault("all", new int[4]);
        RiskAnalyticsView.MovementTotal movementTotal = new RiskAnalyticsView.MovementTotal(all[0], all[1], all[2], all[3]);

        return new RiskAnalyticsView(year, from, municipalities.stream().map(m -> new RiskAnalyticsView.Unit(m.id, m.name)).toList(),
                factorList.stream().map(f -> new RiskAnalyticsView.Factor(f.id, f.code, f.name)).toList(), totals, heat, trends,
                movement, factorMovement, movementTotal, categories(ids, from, year), listChanges(caller, from, year));
    }

    private List<RiskAnalyticsView.CategoryCount> categories(List<Long> municipalities, int from, int year) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.municipality_id, a.year, a.category, count(*) from school_category_assignment a
                join school s on s.id = a.school_id
                where s.municipality_id in (:municipalities) and a.year between :from and :to and a.revoked_at is null
                  and a.category in ('SHNOR', 'SHNSU', 'PROJECT_500_PLUS', 'NON_OBJECTIVE_RESULTS')
                group by s.municipality_id, a.year, a.category order by 1, 2, 3""")
                .setParameter("municipalities", municipalities).setParameter("from", from).setParameter("to", year).getResultList();
        return rows.stream().map(r -> new RiskAnalyticsView.CategoryCount(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                SchoolCategory.valueOf((String) r[2]), ((Number) r[3]).intValue())).toList();
    }

    private List<RiskAnalyticsView.ListChange> listChanges(Caller caller, int from, int year) {
        List<IdentificationList> lists = IdentificationList.list("region.id = ?1 and year between ?2 and ?3 order by year, category",
                caller.regionId(), from, year);
        List<RiskAnalyticsView.ListChange> changes = new ArrayList<>();
        for (IdentificationList list : lists) {
            List<ListEntry> entries = ListEntry.<ListEntry>list("list.id", list.id).stream()
                    .filter(e -> caller.role() == Role.MINISTRY || e.municipalityId.equals(caller.municipalityId())).toList();
            changes.add(new RiskAnalyticsView.ListChange(list.year, list.category, list.id,
                    (int) entries.stream().filter(e -> e.decision.listed()).count(),
                    (int) entries.stream().filter(e -> e.decision == Decision.INCLUDED && e.outcome == Outcome.ENTERING).count(),
                    (int) entries.stream().filter(e -> e.decision == Decision.INCLUDED && e.outcome == Outcome.STAYING).count(),
                    (int) entries.stream().filter(e -> e.decision == Decision.ADDED).count(),
                    (int) entries.stream().filter(e -> e.decision == Decision.EXCLUDED).count(),
                    (int) entries.stream().filter(e -> e.decision == Decision.NOT_INCLUDED && e.outcome == Outcome.LEAVING).count()));
        }
        return changes;
    }
}
