package ru.opora.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import ru.opora.demo.DemoIdentification.DemoCondition;
import ru.opora.demo.DemoIdentification.DemoGroup;
import ru.opora.demo.DemoIdentification.DemoItem;
import ru.opora.demo.DemoIdentification.DemoProfile;
import ru.opora.demo.DemoIdentification.DemoProgramme;
import ru.opora.demo.DemoIdentification.DemoSection;
import ru.opora.identification.ApprovalInput;
import ru.opora.identification.ApprovalService;
import ru.opora.identification.ConditionInput;
import ru.opora.identification.CriteriaSetInput;
import ru.opora.identification.CriteriaSetService;
import ru.opora.identification.CriteriaSetView;
import ru.opora.identification.ExpertDecision;
import ru.opora.identification.ListView;
import ru.opora.identification.NewVersionInput;
import ru.opora.identification.RuleGroupInput;
import ru.opora.identification.RuleInput;
import ru.opora.indicator.Indicator;
import ru.opora.region.Region;
import ru.opora.region.RegionRepository;
import ru.opora.risk.DerivationInput;
import ru.opora.risk.DerivationRuleInput;
import ru.opora.risk.LevelInput;
import ru.opora.risk.LevelsInput;
import ru.opora.risk.OverrideInput;
import ru.opora.risk.OverridesInput;
import ru.opora.risk.ProfileReview;
import ru.opora.risk.ProfileStatus;
import ru.opora.risk.ProfileSubmission;
import ru.opora.risk.RiskFactor;
import ru.opora.risk.RiskFactorService;
import ru.opora.risk.RiskFactorView;
import ru.opora.risk.RiskProfileService;
import ru.opora.risk.RiskProfileView;
import ru.opora.roadmap.DateWindow;
import ru.opora.roadmap.ItemInput;
import ru.opora.roadmap.Periodicity;
import ru.opora.roadmap.RoadmapAction;
import ru.opora.roadmap.RoadmapInput;
import ru.opora.roadmap.RoadmapQueries;
import ru.opora.roadmap.RoadmapService;
import ru.opora.roadmap.RoadmapStructure;
import ru.opora.roadmap.RoadmapTransition;
import ru.opora.roadmap.RoadmapView;
import ru.opora.roadmap.SectionInput;
import ru.opora.roadmap.report.ItemReportInput;
import ru.opora.roadmap.report.ItemStatus;
import ru.opora.roadmap.report.ReportReview;
import ru.opora.roadmap.report.ReportService;
import ru.opora.roadmap.report.ReportSubmission;
import ru.opora.roadmap.report.ReviewDecision;
import ru.opora.school.School;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Identification and «500+» demo data of the region of Penza ({@code demo/identification-penza.json}), entered through
 * the same services as the API: an illustrative criteria set (its note says so) over the demo ВПР shares, its 2026 list
 * approved with the order that the registry's 2026 ШНОР categories already name (so they are kept, not duplicated),
 * a draft of the next year's version, a rule deriving the teacher-shortage level from staffing, risk profiles of
 * schools of Никольский and Каменский районы (the 2026 profile of МБОУ СОШ № 1 г. Никольска is left for the school to
 * fill, as the end-to-end test does), and one anti-risk programme with its first quarter reported.
 *
 * <p>Runs after the indicator values are committed: the approval reads them.
 */
@ApplicationScoped
class DemoIdentificationLoader {

    private static final Logger LOG = Logger.getLogger(DemoIdentificationLoader.class);
    private static final String FILE = "/demo/identification-penza.json";

    private final ObjectMapper json;
    private final RegionRepository regions;
    private final CriteriaSetService sets;
    private final ApprovalService approvals;
    private final RiskFactorService factors;
    private final RiskProfileService profiles;
    private final RoadmapService roadmaps;
    private final RoadmapStructure structure;
    private final RoadmapQueries roadmapQueries;
    private final ReportService reports;

    DemoIdentificationLoader(ObjectMapper json, RegionRepository regions, CriteriaSetService sets, ApprovalService approvals,
                             RiskFactorService factors, RiskProfileService profiles, RoadmapService roadmaps, RoadmapStructure structure,
                             RoadmapQueries roadmapQueries, ReportService reports) {
        this.json = json;
        this.regions = regions;
        this.sets = sets;
        this.approvals = approvals;
        this.factors = factors;
        this.profiles = profiles;
        this.roadmaps = roadmaps;
        this.structure = structure;
        this.roadmapQueries = roadmapQueries;
        this.reports = reports;
    }

    /** A demo school with its place, read once so that no entity is touched outside a transaction. */
    private record SchoolRef(long id, String code, String shortName, long municipalityId, String oktmo, String municipalityName,
                             long regionId) {
    }

    /** The registry, factors and indicators by code. */
    private record Lookups(Caller ministry, Map<String, SchoolRef> schools, Map<String, Long> factors, Map<String, Integer> indicators) {
    }

    private Lookups lookups;

    void load() {
        DemoIdentification demo = read();
        lookups = QuarkusTransaction.requiringNew().call(() -> lookups(demo.region()));
        Caller ministry = lookups.ministry();

        var s = demo.criteriaSet();
        CriteriaSetView set = sets.create(ministry, new CriteriaSetInput(s.year(), s.category(), s.name(), s.note(),
                group(s.entry()), s.exit() == null ? null : group(s.exit()), null));
        var a = demo.approval();
        ListView list = approvals.approve(ministry, set.id(), new ApprovalInput(set.version(), a.document(),
                a.additions().stream().map(d -> new ExpertDecision(school(d.school()).id(), d.reason())).toList(),
                a.exclusions().stream().map(d -> new ExpertDecision(school(d.school()).id(), d.reason())).toList()));
        CriteriaSetView draft = sets.newVersion(ministry, set.id(), new NewVersionInput(demo.nextYearDraft().year()));
        sets.update(ministry, draft.id(), new CriteriaSetInput(draft.year(), s.category(), demo.nextYearDraft().name(), s.note(),
                group(s.entry(), draft.entry().rules().stream().map(r -> r.id()).toList()),
                s.exit() == null ? null : group(s.exit(), draft.exit().rules().stream().map(r -> r.id()).toList()),
                draft.version()));

        for (var derivation : demo.derivations()) {
            long factor = factor(derivation.factor());
            RiskFactorView view = factors.setDerivation(ministry, factor, new DerivationInput(derivation.rules().stream()
                    .map(r -> new DerivationRuleInput(r.level(), condition(r.condition()))).toList(), 0L));
            LOG.debugf("Demo data: derivation of %s, version %d", view.code(), view.derivation().version());
        }

        Map<Long, Long> programmeItems = programme(demo.programme());
        for (DemoProfile profile : demo.profiles()) {
            profile(profile);
        }
        LOG.infof("Demo data: criteria «%s», list %d of %d (%s), %d risk profiles, anti-risk programme with %d measures",
                s.name(), list.year(), list.counts().listed(), list.document().words(), demo.profiles().size(), programmeItems.size());
    }

    private Lookups lookups(String code) {
        Region region = regions.findByCode(code).orElseThrow(() -> new IllegalStateException("No demo region " + code));
        Caller ministry = new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.MINISTRY, region.id, region.code,
                region.authorityOrName(), region.id, null, null);
        Map<String, SchoolRef> schools = new HashMap<>();
        for (School s : School.<School>list("municipality.region.id", region.id)) {
            schools.put(s.code, new SchoolRef(s.id, s.code, s.shortName, s.municipality.id, s.municipality.oktmo,
                    s.municipality.name, region.id));
        }
        Map<String, Long> factorIds = new HashMap<>();
        RiskFactor.<RiskFactor>list("region is null").forEach(f -> factorIds.put(f.code, f.id));
        Map<String, Integer> indicatorIds = new HashMap<>();
        Indicator.<Indicator>list("region is null").forEach(i -> indicatorIds.put(i.code, i.id));
        return new Lookups(ministry, schools, factorIds, indicatorIds);
    }

    private RuleGroupInput group(DemoGroup group) {
        return group(group, null);
    }

    /** The group as input; {@code ids} keeps the rules of an existing set (so their revisions go on). */
    private RuleGroupInput group(DemoGroup group, List<Long> ids) {
        List<RuleInput> rules = new ArrayList<>();
        for (int i = 0; i < group.rules().size(); i++) {
            var rule = group.rules().get(i);
            rules.add(new RuleInput(ids == null ? null : ids.get(i), rule.label(), condition(rule.condition())));
        }
        return new RuleGroupInput(group.combination(), group.atLeast(), rules);
    }

    private ConditionInput condition(DemoCondition c) {
        Integer indicator = lookups.indicators().get(c.indicator());
        if (indicator == null) {
            throw new IllegalStateException("The catalogue has no indicator " + c.indicator());
        }
        return new ConditionInput(indicator, c.cuts(), c.cutMatch(), c.minCuts(), c.comparison(), c.threshold(),
                c.yearsRequired(), c.yearsWindow(), c.minParticipants(), c.missingData());
    }

    private void profile(DemoProfile demo) {
        SchoolRef school = school(demo.school());
        Caller schoolCaller = schoolCaller(school);
        RiskProfileView current = profiles.get(schoolCaller, school.id(), demo.year());
        List<LevelInput> levels = new ArrayList<>();
        for (var factor : current.factors()) {
            List<String> given = demo.levels().get(factor.code());
            if (given != null) {
                levels.add(new LevelInput(factor.factorId(), ru.opora.risk.RiskLevel.valueOf(given.get(0)), given.get(1)));
            } else if (demo.rest() != null) {
                levels.add(new LevelInput(factor.factorId(), demo.rest(), null));
            }
        }
        RiskProfileView saved = profiles.save(schoolCaller, school.id(), demo.year(), new LevelsInput(levels, current.version()));
        if (demo.status() == ProfileStatus.DRAFT) {
            return;
        }
        saved = profiles.submit(schoolCaller, school.id(), demo.year(), new ProfileSubmission(saved.version()));
        Caller municipality = municipalityCaller(school);
        if (demo.status() == ProfileStatus.ACCEPTED) {
            saved = profiles.review(municipality, school.id(), demo.year(),
                    new ProfileReview(ProfileReview.Decision.ACCEPT, null, saved.version()));
        }
        if (demo.overrides() != null && !demo.overrides().isEmpty()) {
            List<OverrideInput> overrides = new ArrayList<>();
            demo.overrides().forEach((code, value) -> overrides.add(new OverrideInput(factor(code),
                    ru.opora.risk.RiskLevel.valueOf(value.get(0)), value.get(1))));
            profiles.override(municipality, school.id(), demo.year(), new OverridesInput(overrides, saved.version()));
        }
    }

    /** The school's anti-risk programme: approved, in execution, its first quarter reported and accepted. */
    private Map<Long, Long> programme(DemoProgramme demo) {
        SchoolRef school = school(demo.school());
        Caller owner = schoolCaller(school);
        RoadmapView roadmap = roadmaps.create(owner, new RoadmapInput("1.2", demo.title(), demo.goal(), null, demo.yearFrom(),
                demo.yearTo(), Periodicity.QUARTER, 5, null, null));
        Map<String, Long> items = new HashMap<>();
        Map<Long, Long> byFactor = new HashMap<>();
        for (DemoSection section : demo.sections()) {
            long sectionId = structure.addSection(owner, roadmap.id(), new SectionInput(section.title(), null, null)).id();
            for (DemoItem item : section.items()) {
                long factor = factor(item.factor());
                var added = structure.addItem(owner, roadmap.id(), new ItemInput(sectionId, item.number(), item.title(),
                        item.timeframe(), item.wholePeriod(), item.wholePeriod() ? List.of() : List.of(new DateWindow(item.from(), item.to())),
                        school.shortName(), List.of(), item.expectedResult(), null, null, null, null, factor));
                items.put(item.number(), added.id());
                byFactor.put(added.id(), factor);
            }
        }
        for (RoadmapAction action : List.of(RoadmapAction.APPROVE, RoadmapAction.START)) {
            long version = roadmapQueries.get(owner, roadmap.id(), null).version();
            roadmaps.transition(owner, roadmap.id(), new RoadmapTransition(action, version,
                    action == RoadmapAction.APPROVE ? demo.document() : null, null));
        }
        var report = demo.report();
        report.items().forEach((number, entry) -> reports.saveItem(owner, roadmap.id(), report.period(), items.get(number),
                new ItemReportInput(ItemStatus.valueOf(entry.get(0)), entry.get(1), null, null, List.of(), null)));
        long version = reports.get(owner, roadmap.id(), report.period()).version();
        version = reports.submit(owner, roadmap.id(), report.period(), new ReportSubmission(version)).version();
        reports.review(municipalityCaller(school), roadmap.id(), report.period(),
                new ReportReview(ReviewDecision.ACCEPT, null, version));
        return byFactor;
    }

    private SchoolRef school(String code) {
        SchoolRef school = lookups.schools().get(code);
        if (school == null) {
            throw new IllegalStateException("No demo school " + code);
        }
        return school;
    }

    private long factor(String code) {
        Long id = lookups.factors().get(code);
        if (id == null) {
            throw new IllegalStateException("No risk factor " + code);
        }
        return id;
    }

    private static Caller schoolCaller(SchoolRef s) {
        return new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.SCHOOL, s.id(), s.code(), s.shortName(),
                s.regionId(), s.municipalityId(), s.id());
    }

    private static Caller municipalityCaller(SchoolRef s) {
        return new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.MUNICIPALITY, s.municipalityId(), s.oktmo(),
                s.municipalityName(), s.regionId(), s.municipalityId(), null);
    }

    private DemoIdentification read() {
        try (InputStream in = getClass().getResourceAsStream(FILE)) {
            return json.readValue(in, DemoIdentification.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo identification data could not be read", e);
        }
    }
}
