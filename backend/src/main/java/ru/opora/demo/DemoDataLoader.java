package ru.opora.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.jboss.logging.Logger;
import ru.opora.account.UserDirectory;
import ru.opora.common.audit.AuditActor;
import ru.opora.config.OporaConfig;
import ru.opora.demo.DemoData.DemoCategory;
import ru.opora.demo.DemoData.DemoMunicipality;
import ru.opora.demo.DemoData.DemoRegion;
import ru.opora.demo.DemoData.DemoSchool;
import ru.opora.municipality.MunicipalityInput;
import ru.opora.municipality.MunicipalityService;
import ru.opora.municipality.MunicipalityView;
import ru.opora.region.Region;
import ru.opora.region.RegionRepository;
import ru.opora.region.RegionService;
import ru.opora.school.CategoryAssignmentInput;
import ru.opora.school.CategoryAssignmentView;
import ru.opora.school.CategoryRevocation;
import ru.opora.school.SchoolInput;
import ru.opora.school.SchoolService;
import ru.opora.school.SchoolView;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Fills an empty database with real-looking regions, municipalities, schools, categories, roadmaps and monitoring
 * data (indicator values, targets and a collection campaign, see {@link DemoIndicatorLoader}) when
 * {@code opora.demo-data.enabled} is set. Everything goes through the same services and validation
 * as the API, as a ministry user of each region would enter it.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final String ACTOR = "demo-data";
    static final String ACTOR_NAME = "Загружено системой";

    private final OporaConfig config;
    private final ObjectMapper json;
    private final Validator validator;
    private final RegionRepository regionRepository;
    private final RegionService regions;
    private final MunicipalityService municipalities;
    private final SchoolService schools;
    private final DemoRoadmapLoader roadmaps;
    private final DemoIndicatorLoader indicators;
    private final DemoIdentificationLoader identification;
    private final UserDirectory directory;
    private final DemoSupportLoader support;
    private final DemoScorecardLoader scorecard;

    DemoDataLoader(OporaConfig config, ObjectMapper json, Validator validator, RegionRepository regionRepository,
                   RegionService regions, MunicipalityService municipalities, SchoolService schools,
                   DemoRoadmapLoader roadmaps, DemoIndicatorLoader indicators, DemoIdentificationLoader identification,
                   UserDirectory directory, DemoSupportLoader support,
                   DemoScorecardLoader scorecard) {
        this.config = config;
        this.json = json;
        this.validator = validator;
        this.regionRepository = regionRepository;
        this.regions = regions;
        this.municipalities = municipalities;
        this.schools = schools;
        this.roadmaps = roadmaps;
        this.indicators = indicators;
        this.identification = identification;
        this.directory = directory;
        this.support = support;
        this.scorecard = scorecard;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().enabled()) {
            // Rows the loader writes carry its login; people read them as loaded by the system.
            directory.recordTechnical(ACTOR, ACTOR_NAME);
        }
        if (config.demoData().enabled() && AuditActor.as(ACTOR, this::load)) {
            // Only now, with the registry committed: the bulk import of values works on its own connections.
            AuditActor.as(ACTOR, () -> {
                indicators.load();
                // Identification reads the accepted values the import above committed.
                identification.load();
                return null;
            });
            // Working groups, protocols, curators, events and recommendations: in their own transaction.
            AuditActor.as(ACTOR, () -> {
                support.load();
                return null;
            });
            // The scorecard's roadmaps and support of seed 002, on top of the above.
            AuditActor.as(ACTOR, () -> {
                scorecard.load();
                return null;
            });
        }
    }

    /**
     * Loads the demo data unless the registry already holds regions; returns whether it loaded. One transaction, so a
     * failed load leaves an empty database; on a loaded two-core machine it takes longer than JTA's default 60 s.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public boolean load() {
        if (regionRepository.count() > 0) {
            LOG.info("Demo data: the registry is not empty, nothing loaded");
            return false;
        }
        DemoData data = read();
        int schoolCount = 0;
        for (DemoRegion demoRegion : data.regions()) {
            Region region = regions.create(demoRegion.code(), demoRegion.name(), demoRegion.authorityName());
            Caller ministry = new Caller(ACTOR, "Демонстрационные данные", Role.MINISTRY, region.id, region.code,
                    region.authorityOrName(), region.id, null, null);
            for (DemoMunicipality demoMunicipality : demoRegion.municipalities()) {
                MunicipalityView municipality = municipalities.create(ministry, region.id, valid(
                        new MunicipalityInput(demoMunicipality.oktmo(), demoMunicipality.name(), demoMunicipality.kind())));
                for (DemoSchool demoSchool : demoMunicipality.schools()) {
                    SchoolView school = schools.create(ministry, valid(new SchoolInput(municipality.id(),
                            demoSchool.code(), demoSchool.fullName(), demoSchool.shortName(), demoSchool.address(),
                            demoSchool.settlementType(), demoSchool.levels(), demoSchool.studentsCount(),
                            demoSchool.teachersCount())));
                    for (DemoCategory category : demoSchool.categories()) {
                        CategoryAssignmentView assigned = schools.assignCategory(ministry, school.id(),
                                valid(new CategoryAssignmentInput(category.year(), category.category(),
                                        category.document())));
                        if (category.revocationReason() != null) {
                            schools.revokeCategory(ministry, school.id(), assigned.id(),
                                    valid(new CategoryRevocation(category.revocationReason())));
                        }
                    }
                    schoolCount++;
                }
            }
        }
        LOG.infof("Demo data: %d regions and %d schools loaded", data.regions().size(), schoolCount);
        roadmaps.load();
        return true;
    }

    private DemoData read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-data.json")) {
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data could not be read", e);
        }
    }

    private <T> T valid(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo data " + input + ": " + violations);
        }
        return input;
    }
}
