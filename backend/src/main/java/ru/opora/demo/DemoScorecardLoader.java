package ru.opora.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import ru.opora.region.Region;
import ru.opora.region.RegionRepository;
import ru.opora.scorecard.ScorecardSnapshots;
import ru.opora.scorecard.ScorecardViews;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Enters the demo data of the scorecard (demo/scorecard-penza.json) after the registry, the roadmaps and the school
 * support are loaded: the municipal roadmaps of Penza's municipalities with their reports, then the events, visits,
 * pairs and recommendations of their programme schools, through the same loaders (and so the same services, rules
 * and audit) as the rest of the demo. Some municipalities get nothing on purpose: seed 002 found municipalities
 * without any roadmap document, one with a draft only, others with a roadmap carried out in full.
 */
@ApplicationScoped
class DemoScorecardLoader {

    private static final Logger LOG = Logger.getLogger(DemoScorecardLoader.class);
    private static final String PENZA = "58";
    private static final int NOTE_YEAR = 2026;

    private final ObjectMapper json;
    private final DemoRoadmapLoader roadmaps;
    private final DemoSupportLoader support;
    private final ScorecardSnapshots snapshots;
    private final RegionRepository regions;

    DemoScorecardLoader(ObjectMapper json, DemoRoadmapLoader roadmaps, DemoSupportLoader support,
                        ScorecardSnapshots snapshots, RegionRepository regions) {
        this.snapshots = snapshots;
        this.regions = regions;
        this.json = json;
        this.roadmaps = roadmaps;
        this.support = support;
    }

    /**
     * One transaction: the roadmaps first, since events name their items. In a request context of its own: the start-up
     * is one request for all the loaders, and request-scoped beans such as the curator's scope keep what the first
     * caller of that request was allowed (here, another curator than the one of the support data).
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    void load() {
        DemoScorecard data = read();
        ManagedContext request = Arc.container().requestContext();
        InjectableContext.ContextState outer = request.isActive() ? request.getState() : null;
        request.activate();
        try {
            roadmaps.load(data.roadmaps());
            support.load(data.support());
        } finally {
            request.terminate();
            if (outer != null) {
                request.activate(outer);
            }
        }
        // The note of 2026 as the ministry would have made it: a snapshot of Penza's table with its suggested texts.
        Region penza = regions.findByCode(PENZA).orElseThrow(() -> new IllegalStateException("No demo region " + PENZA));
        Caller ministry = new Caller(DemoDataLoader.ACTOR, "Демонстрационные данные", Role.MINISTRY, penza.id, penza.code,
                penza.authorityOrName(), penza.id, null, null);
        Region.getEntityManager().flush();
        ScorecardViews.SnapshotView note = snapshots.create(ministry, penza.id, Integer.toString(NOTE_YEAR));
        LOG.infof("Demo data of the scorecard: %d municipal roadmaps loaded, snapshot %d of %d for the note (%d criteria met)",
                data.roadmaps().size(), note.id(), NOTE_YEAR, note.met());
    }

    private DemoScorecard read() {
        try (InputStream in = getClass().getResourceAsStream("/demo/scorecard-penza.json")) {
            return json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, DemoScorecard.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data of the scorecard could not be read", e);
        }
    }
}
