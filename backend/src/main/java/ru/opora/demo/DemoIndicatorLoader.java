package ru.opora.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import ru.opora.campaign.CampaignAction;
import ru.opora.campaign.CampaignInput;
import ru.opora.campaign.CampaignService;
import ru.opora.campaign.CampaignTransition;
import ru.opora.campaign.CampaignView;
import ru.opora.campaign.FormField;
import ru.opora.campaign.FormReview;
import ru.opora.campaign.FormQueries;
import ru.opora.campaign.FormService;
import ru.opora.campaign.FormStatus;
import ru.opora.campaign.FormSubmission;
import ru.opora.campaign.FormView;
import ru.opora.campaign.TargetRule;
import ru.opora.campaign.ValueInput;
import ru.opora.campaign.ValuesInput;
import ru.opora.indicator.CatalogueService;
import ru.opora.indicator.Indicator;
import ru.opora.indicator.TargetView;
import ru.opora.indicator.TargetsInput;
import ru.opora.indicator.ValueType;
import ru.opora.indicator.exchange.ImportJobView;
import ru.opora.indicator.exchange.ValueImportService;
import ru.opora.indicator.exchange.ValueRow;
import ru.opora.region.Region;
import ru.opora.region.RegionRepository;
import ru.opora.school.School;
import ru.opora.school.SchoolCategory;
import ru.opora.school.SchoolCategoryAssignment;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Monitoring demo data of the region of Penza, entered as its users would: five years of accepted values of a few
 * catalogue indicators loaded as one bulk import by the ministry, the region's targets, and the open regional
 * campaign «Самообследование школ за 2026 год» in which some schools of Каменский район have already submitted
 * their forms (one is accepted). Every form of Никольский район is left untouched for the end-to-end test.
 *
 * <p>Runs after the registry's transaction has committed: the bulk import stages and applies the rows on its own
 * connections, which would not see uncommitted schools. Each service call here is a transaction of its own.
 */
@ApplicationScoped
class DemoIndicatorLoader {

    private static final Logger LOG = Logger.getLogger(DemoIndicatorLoader.class);

    static final String REGION = "58";
    static final String CAMPAIGN = "Самообследование школ за 2026 год";
    static final int CAMPAIGN_YEAR = 2026;
    static final String CAMPAIGN_PERIOD = Integer.toString(CAMPAIGN_YEAR);
    static final int FIRST_YEAR = 2021;
    static final int LAST_HISTORY_YEAR = 2025;
    static final List<String> CAMPAIGN_INDICATORS =
            List.of("STAFFING_RATE", "PARENTS_SATISFIED", "TEACHERS_TRAINED_SHARE", "VPR_NON_OBJECTIVE");
    /** Regional targets by year; the campaign's form shows the 2026 one beside each field. */
    static final Map<String, Map<Integer, Integer>> TARGETS = targets();
    static final List<String> VPR_SUBJECTS = List.of("MATH", "RUS");

    /** What the schools of the region have done with their 2026 forms so far; the rest have not started. */
    private static final Map<String, FormStatus> FORMS = forms();
    private static final String RETURN_REASON = "Доля не совпадает с протоколом анкетирования родителей: проверьте число анкет";

    private static final long IMPORT_TIMEOUT_MILLIS = 120_000;

    private final RegionRepository regions;
    private final ValueImportService imports;
    private final CatalogueService catalogue;
    private final CampaignService campaigns;
    private final FormService forms;
    private final FormQueries formQueries;

    DemoIndicatorLoader(RegionRepository regions, ValueImportService imports, CatalogueService catalogue,
                        CampaignService campaigns, FormService forms, FormQueries formQueries) {
        this.regions = regions;
        this.imports = imports;
        this.catalogue = catalogue;
        this.campaigns = campaigns;
        this.forms = forms;
        this.formQueries = formQueries;
    }

    private static Map<String, Map<Integer, Integer>> targets() {
        Map<String, Map<Integer, Integer>> targets = new LinkedHashMap<>();
        targets.put("STAFFING_RATE", Map.of(2024, 86, 2025, 88, 2026, 90));
        targets.put("PARENTS_SATISFIED", Map.of(2024, 72, 2025, 75, 2026, 78));
        targets.put("TEACHERS_TRAINED_SHARE", Map.of(2024, 50, 2025, 60, 2026, 70));
        return targets;
    }

    private static Map<String, FormStatus> forms() {
        Map<String, FormStatus> forms = new LinkedHashMap<>();
        // Каменский район: two forms wait in mo.kamenka's review queue, one is accepted.
        forms.put("5802002222", FormStatus.ACCEPTED);
        forms.put("5802002110", FormStatus.SUBMITTED);
        forms.put("5802002345", FormStatus.SUBMITTED);
        // Elsewhere: a draft and a form returned with a reason for one value.
        forms.put("5823001102", FormStatus.DRAFT);
        forms.put("5803001117", FormStatus.RETURNED);
        return forms;
    }

    /** A school of the region as the demo sees it. */
    record DemoSchool(long id, String code, String shortName, long municipalityId, String municipalityOktmo,
                      String municipalityName, int teachers, boolean struggling, Set<Integer> nonObjectiveYears) {
    }

    private record Setup(Caller ministry, List<DemoSchool> schools, Map<String, Integer> indicators) {
    }

    void load() {
        Setup setup = QuarkusTransaction.requiringNew().call(this::setup);
        Map<String, List<DemoYear>> series = new LinkedHashMap<>();
        setup.schools().forEach(school -> series.put(school.code(), series(school)));
        ImportJobView job = importHistory(setup, series);
        setTargets(setup);
        CampaignView campaign = openCampaign(setup);
        int filled = fillForms(setup, campaign, series);
        LOG.infof("Demo data: %d indicator values of %d schools for %d–%d imported (job %d), targets set, campaign «%s»"
                        + " opened with %d forms, %d of them filled", job.created(), setup.schools().size(), FIRST_YEAR,
                LAST_HISTORY_YEAR, job.id(), CAMPAIGN, campaign.progress().expected(), filled);
    }

    private Setup setup() {
        Region region = regions.findByCode(REGION).orElseThrow(() -> new IllegalStateException("No demo region " + REGION));
        Caller ministry = new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.MINISTRY, region.id, region.code,
                region.authorityOrName(), region.id, null, null);
        List<School> found = School.list("municipality.region.id = ?1 order by code", region.id);
        List<DemoSchool> schools = new ArrayList<>();
        for (School school : found) {
            List<SchoolCategoryAssignment> categories = SchoolCategoryAssignment.list("school.id = ?1 and revokedAt is null", school.id);
            boolean struggling = categories.stream().anyMatch(c -> c.category == SchoolCategory.SHNOR || c.category == SchoolCategory.SHNSU);
            // The list of schools with signs of non-objective results of a year is about the previous year's ВПР.
            Set<Integer> nonObjective = categories.stream().filter(c -> c.category == SchoolCategory.NON_OBJECTIVE_RESULTS)
                    .map(c -> c.year - 1).collect(Collectors.toSet());
            schools.add(new DemoSchool(school.id, school.code, school.shortName, school.municipality.id,
                    school.municipality.oktmo, school.municipality.name, school.teachersCount, struggling, nonObjective));
        }
        Map<String, Integer> indicators = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>(List.of("STAFFING_RATE", "PARENTS_SATISFIED", "TEACHERS_TRAINED", "TEACHERS_TOTAL",
                "TEACHERS_TRAINED_SHARE", "VPR_NON_OBJECTIVE", "VPR_MARK_2", "VPR_MARK_3", "VPR_MARK_4", "VPR_MARK_5"));
        for (String code : codes) {
            Indicator indicator = Indicator.<Indicator>find("code = ?1 and region is null", code).firstResultOptional()
                    .orElseThrow(() -> new IllegalStateException("The catalogue has no indicator " + code));
            indicators.put(code, indicator.id);
        }
        return new Setup(ministry, schools, indicators);
    }

    // --- the values

    /** One school's figures for a year. */
    record DemoYear(int year, BigDecimal staffing, BigDecimal parents, int teachers, int trained, boolean nonObjective,
                    Map<String, BigDecimal[]> vprMarks) {
    }

    /**
     * Plausible figures of a school for 2021–2026, from a random generator seeded with its code: staffing and
     * parents' satisfaction grow a little each year (less from a lower start at struggling schools), more teachers
     * are trained each year, and the share of «2» in the ВПР of grade 4 goes down while «5» goes up.
     */
    static List<DemoYear> series(DemoSchool school) {
        Random random = new Random(Long.parseLong(school.code()));
        double staffing = school.struggling() ? 72 + random.nextDouble() * 8 : 81 + random.nextDouble() * 8;
        double staffingStep = 0.6 + random.nextDouble() * 1.6;
        double parents = school.struggling() ? 57 + random.nextDouble() * 8 : 65 + random.nextDouble() * 10;
        double parentsStep = 1.0 + random.nextDouble() * 1.8;
        double trainedShare = 0.18 + random.nextDouble() * 0.17;
        double trainedStep = 0.06 + random.nextDouble() * 0.05;
        double mark2 = school.struggling() ? 13 + random.nextDouble() * 6 : 4 + random.nextDouble() * 5;
        double mark5 = school.struggling() ? 8 + random.nextDouble() * 5 : 17 + random.nextDouble() * 8;
        List<DemoYear> years = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_HISTORY_YEAR + 1; year++) {
            int t = year - FIRST_YEAR;
            BigDecimal staffingValue = tenths(Math.min(100, staffing + staffingStep * t + noise(random, 0.8)));
            BigDecimal parentsValue = tenths(Math.min(97, parents + parentsStep * t + noise(random, 1.5)));
            int teachers = Math.max(5, school.teachers() - 1 + random.nextInt(3));
            int trained = (int) Math.min(teachers, Math.round(teachers * Math.min(0.92, trainedShare + trainedStep * t)));
            Map<String, BigDecimal[]> vpr = new LinkedHashMap<>();
            for (String subject : VPR_SUBJECTS) {
                BigDecimal two = tenths(Math.max(0.5, mark2 - (school.struggling() ? 1.4 : 0.6) * t + noise(random, 1.5)));
                BigDecimal five = tenths(Math.max(1, mark5 + (school.struggling() ? 1.0 : 1.3) * t + noise(random, 2)));
                BigDecimal three = tenths((school.struggling() ? 44 : 33) - 0.8 * t + noise(random, 2.5));
                BigDecimal four = BigDecimal.valueOf(100).subtract(two).subtract(three).subtract(five);
                vpr.put(subject, new BigDecimal[] {two, three, four, five});
            }
            years.add(new DemoYear(year, staffingValue, parentsValue, teachers, trained,
                    school.nonObjectiveYears().contains(year), vpr));
        }
        return years;
    }

    private static double noise(Random random, double amplitude) {
        return (random.nextDouble() * 2 - 1) * amplitude;
    }

    private static BigDecimal tenths(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** The history 2021–2025 as the ministry would load a file of it, through the same all-or-nothing import. */
    private ImportJobView importHistory(Setup setup, Map<String, List<DemoYear>> series) {
        ImportJobView job = imports.importRows(setup.ministry(), "VALUES", "CSV", null, false,
                "demo-history-" + FIRST_YEAR + "-" + LAST_HISTORY_YEAR + ".csv", sink -> {
                    int row = 1; // the header line of the file it stands for
                    for (Map.Entry<String, List<DemoYear>> school : series.entrySet()) {
                        for (DemoYear y : school.getValue()) {
                            if (y.year() > LAST_HISTORY_YEAR) {
                                continue;
                            }
                            String code = school.getKey();
                            String period = Integer.toString(y.year());
                            sink.accept(new ValueRow(++row, code, "STAFFING_RATE", period, "", y.staffing().toPlainString(), null));
                            sink.accept(new ValueRow(++row, code, "PARENTS_SATISFIED", period, "", y.parents().toPlainString(),
                                    "по результатам анкетирования родителей"));
                            sink.accept(new ValueRow(++row, code, "TEACHERS_TOTAL", period, "", Integer.toString(y.teachers()), null));
                            sink.accept(new ValueRow(++row, code, "TEACHERS_TRAINED", period, "", Integer.toString(y.trained()), null));
                            sink.accept(new ValueRow(++row, code, "VPR_NON_OBJECTIVE", period, "", y.nonObjective() ? "да" : "нет",
                                    y.nonObjective() ? "в перечне Рособрнадзора" : null));
                            for (Map.Entry<String, BigDecimal[]> subject : y.vprMarks().entrySet()) {
                                String cut = "GRADE=4;SUBJECT=" + subject.getKey();
                                for (int mark = 2; mark <= 5; mark++) {
                                    sink.accept(new ValueRow(++row, code, "VPR_MARK_" + mark, period, cut,
                                            subject.getValue()[mark - 2].toPlainString(), "по данным ФИС ОКО"));
                                }
                            }
                        }
                    }
                    return row - 1;
                });
        long deadline = System.currentTimeMillis() + IMPORT_TIMEOUT_MILLIS;
        // A file above the inline limit is run in the background: wait for its end.
        while (job.status().equals("QUEUED") || job.status().equals("RUNNING")) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("The demo import job " + job.id() + " did not finish in time");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the demo import", e);
            }
            job = imports.job(setup.ministry(), job.id());
        }
        if (!job.status().equals("DONE")) {
            throw new IllegalStateException("The demo indicator values were not imported: " + job.status() + " "
                    + (job.failure() != null ? job.failure() : job.rejections()));
        }
        return job;
    }

    private void setTargets(Setup setup) {
        TARGETS.forEach((code, byYear) -> catalogue.setTargets(setup.ministry(), setup.indicators().get(code),
                new TargetsInput(byYear.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new TargetView(e.getKey(), BigDecimal.valueOf(e.getValue()))).toList(), 0L)));
    }

    // --- the campaign

    private CampaignView openCampaign(Setup setup) {
        CampaignView created = campaigns.create(setup.ministry(), new CampaignInput(CAMPAIGN, CAMPAIGN_PERIOD,
                LocalDate.of(CAMPAIGN_YEAR, 11, 2), LocalDate.of(CAMPAIGN_YEAR, 12, 25),
                CAMPAIGN_INDICATORS.stream().map(code -> setup.indicators().get(code)).toList(),
                new TargetRule(List.of(), List.of(), List.of()), null));
        return campaigns.transition(setup.ministry(), created.id(),
                new CampaignTransition(CampaignAction.OPEN, created.version(), null));
    }

    /** The forms of {@link #FORMS}, each filled by its school and reviewed by its municipality as far as its status says. */
    private int fillForms(Setup setup, CampaignView campaign, Map<String, List<DemoYear>> series) {
        int filled = 0;
        for (Map.Entry<String, FormStatus> entry : FORMS.entrySet()) {
            DemoSchool school = setup.schools().stream().filter(s -> s.code().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo school " + entry.getKey()));
            DemoYear year = series.get(school.code()).stream().filter(y -> y.year() == CAMPAIGN_YEAR)
                    .findFirst().orElseThrow();
            FormStatus status = entry.getValue();
            Caller schoolCaller = new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.SCHOOL, school.id(),
                    school.code(), school.shortName(), setup.ministry().regionId(), school.municipalityId(), school.id());
            Caller municipality = new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.MUNICIPALITY,
                    school.municipalityId(), school.municipalityOktmo(), school.municipalityName(), setup.ministry().regionId(),
                    school.municipalityId(), null);
            FormView form = formQueries.get(schoolCaller, campaign.id(), school.id());
            // A draft is begun with the first group only; the others are filled in full.
            List<ValueInput> values = new ArrayList<>();
            for (var group : form.groups()) {
                for (FormField field : group.fields()) {
                    if (!field.computed()) {
                        values.add(value(field, year));
                    }
                }
                if (status == FormStatus.DRAFT) {
                    break;
                }
            }
            form = forms.save(schoolCaller, campaign.id(), school.id(), new ValuesInput(values));
            if (status != FormStatus.DRAFT) {
                form = forms.submit(schoolCaller, campaign.id(), school.id(), new FormSubmission(form.version()));
            }
            if (status == FormStatus.ACCEPTED) {
                forms.review(municipality, campaign.id(), school.id(),
                        new FormReview(FormReview.Decision.ACCEPT, null, null, form.version()));
            } else if (status == FormStatus.RETURNED) {
                int parents = setup.indicators().get("PARENTS_SATISFIED");
                forms.review(municipality, campaign.id(), school.id(), new FormReview(FormReview.Decision.RETURN, null,
                        List.of(new FormReview.ReturnedValue(parents, "", RETURN_REASON)), form.version()));
            }
            filled++;
        }
        return filled;
    }

    private static ValueInput value(FormField field, DemoYear year) {
        BigDecimal number = switch (field.code()) {
            case "STAFFING_RATE" -> year.staffing();
            case "PARENTS_SATISFIED" -> year.parents();
            case "TEACHERS_TOTAL" -> BigDecimal.valueOf(year.teachers());
            case "TEACHERS_TRAINED" -> BigDecimal.valueOf(year.trained());
            case "VPR_NON_OBJECTIVE" -> null;
            default -> throw new IllegalStateException("The demo has no value for the form field " + field.code());
        };
        Boolean flag = field.valueType() == ValueType.BOOLEAN ? year.nonObjective() : null;
        return new ValueInput(field.indicatorId(), field.disaggregation(), number, flag, null, null, field.version());
    }

}
