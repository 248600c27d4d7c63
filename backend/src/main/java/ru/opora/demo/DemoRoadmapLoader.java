package ru.opora.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import ru.opora.demo.DemoRoadmaps.DemoItem;
import ru.opora.demo.DemoRoadmaps.DemoItemReport;
import ru.opora.demo.DemoRoadmaps.DemoReport;
import ru.opora.demo.DemoRoadmaps.DemoRoadmap;
import ru.opora.demo.DemoRoadmaps.DemoSection;
import ru.opora.municipality.Municipality;
import ru.opora.municipality.MunicipalityRepository;
import ru.opora.region.Region;
import ru.opora.region.RegionRepository;
import ru.opora.roadmap.ItemInput;
import ru.opora.roadmap.ItemView;
import ru.opora.roadmap.OrganisationKey;
import ru.opora.roadmap.ReportingPeriod;
import ru.opora.roadmap.Roadmap;
import ru.opora.roadmap.RoadmapAction;
import ru.opora.roadmap.RoadmapInput;
import ru.opora.roadmap.RoadmapItem;
import ru.opora.roadmap.RoadmapLevel;
import ru.opora.roadmap.RoadmapQueries;
import ru.opora.roadmap.RoadmapService;
import ru.opora.roadmap.RoadmapStructure;
import ru.opora.roadmap.RoadmapStatus;
import ru.opora.roadmap.RoadmapTransition;
import ru.opora.roadmap.RoadmapView;
import ru.opora.roadmap.SectionInput;
import ru.opora.roadmap.report.ItemReportInput;
import ru.opora.roadmap.report.ItemStatus;
import ru.opora.roadmap.report.ReportReview;
import ru.opora.roadmap.report.ReportService;
import ru.opora.roadmap.report.ReportStatus;
import ru.opora.roadmap.report.ReportSubmission;
import ru.opora.roadmap.report.ReviewDecision;
import ru.opora.roadmap.report.RoadmapReport;
import ru.opora.roadmap.transfer.TimeframeParser;
import ru.opora.school.School;
import ru.opora.school.SchoolRepository;
import ru.opora.security.Caller;
import ru.opora.security.OrganisationType;
import ru.opora.security.Role;

/**
 * Enters the demo roadmaps through the same services as the API, each as its owner would, and reports on them
 * as their reviewers would. Submission and review moments are then set to plausible past dates (the day before
 * the due day, and a few days after it), because everything here happens at start-up.
 */
@ApplicationScoped
class DemoRoadmapLoader {

    private static final Logger LOG = Logger.getLogger(DemoRoadmapLoader.class);

    /** Seed documents first (the regional complexes), then the roadmaps built on them. */
    private static final List<String> FILES = List.of("/demo/roadmaps-seeds.json", "/demo/roadmaps-penza.json");

    private final ObjectMapper json;
    private final Validator validator;
    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final SchoolRepository schools;
    private final RoadmapService roadmaps;
    private final RoadmapStructure structure;
    private final RoadmapQueries queries;
    private final ReportService reports;

    DemoRoadmapLoader(ObjectMapper json, Validator validator, RegionRepository regions,
                      MunicipalityRepository municipalities, SchoolRepository schools, RoadmapService roadmaps, RoadmapStructure structure, RoadmapQueries queries,
                      ReportService reports) {
        this.json = json;
        this.validator = validator;
        this.regions = regions;
        this.municipalities = municipalities;
        this.schools = schools;
        this.roadmaps = roadmaps;
        this.structure = structure;
        this.queries = queries;
        this.reports = reports;
    }

    /** Runs inside the demo loader's transaction. */
    void load() {
        List<DemoRoadmap> all = new ArrayList<>();
        for (String file : FILES) {
            all.addAll(read(file).roadmaps());
        }
        load(all);
    }

    /** Enters the given roadmaps (a parent before its children) and their reports, inside the caller's transaction. */
    void load(List<DemoRoadmap> all) {
        Map<String, RoadmapView> loaded = new HashMap<>();
        int reportCount = 0;
        for (DemoRoadmap demo : all) {
            Caller owner = caller(demo.level(), demo.organisationCode());
            RoadmapView parent = demo.parentKey() == null ? null : loaded.get(demo.parentKey());
            if (demo.parentKey() != null && parent == null) {
                throw new IllegalStateException("Demo roadmap " + demo.key() + ": parent " + demo.parentKey() + " must come first");
            }
            RoadmapView created = roadmaps.create(owner, valid(new RoadmapInput(demo.direction(), demo.title(),
                    demo.goal(), demo.tasks(), demo.yearFrom(), demo.yearTo(), demo.periodicity(),
                    demo.reportDueDay(), parent == null ? null : parent.id(), null)));
            Map<String, Long> parentItems = new HashMap<>();
            if (parent != null) {
                parent.sections().forEach(s -> s.items().forEach(i -> parentItems.put(i.number(), i.id())));
            }
            Map<String, Long> items = new HashMap<>();
            for (DemoSection section : demo.sections()) {
                long sectionId = structure.addSection(owner, created.id(), valid(new SectionInput(section.title(), null, null))).id();
                for (DemoItem item : section.items()) {
                    Long parentItemId = item.parentItemNumber() == null ? null : parentItems.get(item.parentItemNumber());
                    if (item.parentItemNumber() != null && parentItemId == null) {
                        throw new IllegalStateException("Demo roadmap " + demo.key() + " item " + item.number()
                                + ": no parent item " + item.parentItemNumber());
                    }
                    // Where the document gives only the wording, the windows are read as an import would read them.
                    TimeframeParser.Timeframe timeframe = item.wholePeriod() || item.windows() != null
                            ? new TimeframeParser.Timeframe(item.wholePeriod(), item.wholePeriod() ? List.of() : item.windows(), true)
                            : TimeframeParser.parse(item.timeframe(), demo.yearFrom(), demo.yearTo());
                    ItemView added = structure.addItem(owner, created.id(), valid(new ItemInput(sectionId,
                            item.number(), item.title(), item.timeframe(), timeframe.wholePeriod(),
                            timeframe.windows(), item.executors(),
                            executors(item.executorCodes()), item.expectedResult(), item.plannedIndicator(),
                            item.plannedValue(), parentItemId, null, null)));
                    items.put(item.number(), added.id());
                }
            }
            move(owner, created.id(), demo);
            for (DemoReport report : demo.reports() == null ? List.<DemoReport>of() : demo.reports()) {
                report(owner, created.id(), demo, report, items);
                reportCount++;
            }
            loaded.put(demo.key(), queries.get(owner, created.id(), null));
        }
        LOG.infof("Demo data: %d roadmaps with %d period reports loaded", all.size(), reportCount);
    }

    private void move(Caller owner, long id, DemoRoadmap demo) {
        List<RoadmapAction> path = switch (demo.status()) {
            case DRAFT -> List.of();
            case APPROVED -> List.of(RoadmapAction.APPROVE);
            case IN_EXECUTION -> List.of(RoadmapAction.APPROVE, RoadmapAction.START);
            case COMPLETED -> List.of(RoadmapAction.APPROVE, RoadmapAction.START, RoadmapAction.COMPLETE);
            case ARCHIVED -> List.of(RoadmapAction.ARCHIVE);
        };
        for (RoadmapAction action : path) {
            long version = Roadmap.<Roadmap>findById(id).version;
            roadmaps.transition(owner, id, valid(new RoadmapTransition(action, version,
                    action == RoadmapAction.APPROVE ? demo.document() : null,
                    action == RoadmapAction.ARCHIVE ? "Демонстрационная карта в архиве" : null)));
        }
    }

    private void report(Caller owner, long roadmapId, DemoRoadmap demo, DemoReport report, Map<String, Long> items) {
        Map<String, DemoItem> planned = new HashMap<>();
        demo.sections().forEach(s -> s.items().forEach(i -> planned.put(i.number(), i)));
        Map<String, DemoItemReport> given = new HashMap<>();
        report.items().forEach(i -> given.put(i.number(), i));
        ReportingPeriod period = ReportingPeriod.parse(report.period());
        for (var item : reports.get(owner, roadmapId, report.period()).items()) {
            DemoItemReport entry = given.get(item.number());
            if (entry == null && !item.required()) {
                continue;
            }
            if (!items.containsKey(item.number())) {
                throw new IllegalStateException("Demo report " + demo.key() + " " + report.period() + ": item " + item.number());
            }
            ItemReportInput input;
            if (entry != null) {
                input = new ItemReportInput(entry.status(), entry.done(), entry.reason(), entry.actualValue(),
                        entry.evidence(), null);
            } else if (report.fromPlan() && !RoadmapItem.<RoadmapItem>findById(items.get(item.number())).endsOn
                    .isAfter(period.endsOn())) {
                String expected = planned.get(item.number()).expectedResult();
                input = new ItemReportInput(ItemStatus.DONE, expected == null
                        ? "Мероприятие выполнено в установленный срок." : "Выполнено. " + expected,
                        null, null, List.of(), null);
            } else {
                // Items the document's report does not mention were still under way.
                input = new ItemReportInput(ItemStatus.IN_PROGRESS, "Мероприятие выполняется по плану.", null, null,
                        List.of(), null);
            }
            reports.saveItem(owner, roadmapId, report.period(), items.get(item.number()), valid(input));
        }
        if (report.status() == ReportStatus.DRAFT) {
            return;
        }
        RoadmapReport saved = find(roadmapId, report.period());
        reports.submit(owner, roadmapId, report.period(), new ReportSubmission(saved.version));
        if (report.status() == ReportStatus.RETURNED || report.status() == ReportStatus.ACCEPTED) {
            Caller reviewer = reviewer(demo);
            reports.review(reviewer, roadmapId, report.period(), valid(new ReportReview(
                    report.status() == ReportStatus.ACCEPTED ? ReviewDecision.ACCEPT : ReviewDecision.RETURN,
                    report.reviewComment(), find(roadmapId, report.period()).version)));
        }
        backdate(find(roadmapId, report.period()), period.endsOn().plusDays(demo.reportDueDay()));
    }

    private static void backdate(RoadmapReport report, LocalDate due) {
        report.submittedAt = due.minusDays(1).atTime(LocalTime.of(16, 30)).atZone(ZoneId.systemDefault()).toInstant();
        if (report.reviewedAt != null) {
            report.reviewedAt = due.plusDays(6).atTime(LocalTime.of(11, 0)).atZone(ZoneId.systemDefault()).toInstant();
        }
    }

    private static RoadmapReport find(long roadmapId, String period) {
        RoadmapReport report = RoadmapReport.<RoadmapReport>find("roadmap.id = ?1 and period = ?2", roadmapId, period)
                .firstResult();
        RoadmapReport.flush();
        return report;
    }

    private List<OrganisationKey> executors(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(this::organisation).toList();
    }

    /** A region code, a municipality's OKTMO or a school's code: they never coincide. */
    private OrganisationKey organisation(String code) {
        return regions.findByCode(code).map(r -> new OrganisationKey(OrganisationType.REGION, r.id))
                .or(() -> municipalities.findByOktmo(code).map(m -> new OrganisationKey(OrganisationType.MUNICIPALITY, m.id)))
                .or(() -> schools.findByCode(code).map(s -> new OrganisationKey(OrganisationType.SCHOOL, s.id)))
                .orElseThrow(() -> unknown(code));
    }

    private Caller caller(RoadmapLevel level, String code) {
        return switch (level) {
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
                School s = schools.findByCode(code).orElseThrow(() -> unknown(code));
                yield new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.SCHOOL, s.id, s.code, s.shortName,
                        s.municipality.region.id, s.municipality.id, s.id);
            }
        };
    }

    private Caller reviewer(DemoRoadmap demo) {
        Caller owner = caller(demo.level(), demo.organisationCode());
        return switch (demo.level()) {
            case REGION -> throw new IllegalStateException("Regional reports are not reviewed: " + demo.key());
            case MUNICIPALITY -> caller(RoadmapLevel.REGION, regions.findById(owner.regionId()).code);
            case SCHOOL -> caller(RoadmapLevel.MUNICIPALITY, municipalities.findById(owner.municipalityId()).oktmo);
        };
    }

    private static IllegalStateException unknown(String code) {
        return new IllegalStateException("Demo roadmaps name an organisation that is not in the registry: " + code);
    }

    private DemoRoadmaps read(String file) {
        try (InputStream in = getClass().getResourceAsStream(file)) {
            return json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, DemoRoadmaps.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo roadmaps could not be read", e);
        }
    }

    private <T> T valid(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo roadmap data " + input + ": " + violations);
        }
        return input;
    }
}
