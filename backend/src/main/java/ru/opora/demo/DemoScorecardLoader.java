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

    private final ObjectMapper json;
    private final DemoRoadmapLoader roadmaps;
    private final DemoSupportLoader support;

    DemoScorecardLoader(ObjectMapper json, DemoRoadmapLoader roadmaps, DemoSupportLoader support) {
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
        LOG.infof("Demo data of the scorecard: %d municipal roadmaps loaded", data.roadmaps().size());
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
