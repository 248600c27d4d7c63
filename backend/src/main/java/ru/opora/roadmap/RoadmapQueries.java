package ru.opora.roadmap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.persistence.ReadOnlySession;
import ru.opora.common.persistence.StampedCache;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.security.Caller;

/** What is read about roadmaps: the directions, the caller's list, one roadmap as of a date, its revisions. */
@ApplicationScoped
public class RoadmapQueries {

    /** One kept answer per roadmap and date; a date is mostly today, so this holds thousands of roadmaps. */
    private static final long KEPT_VIEWS = 5_000;

    private record ViewKey(long roadmapId, LocalDate asOf) {
    }

    /** The answer as written for callers who may do the same things with the roadmap. */
    private record JsonKey(ViewKey view, List<RoadmapPermission> allowed) {
    }

    private final RoadmapRepository roadmaps;
    private final RoadmapViews views;
    private final RoadmapService service;
    private final OporaConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final StampedCache<ViewKey, RoadmapView> kept = new StampedCache<>(KEPT_VIEWS);
    /** The kept answers as JSON, a few per roadmap (owner, reviewer, reader): writing 30 items costs more than the rest. */
    private final StampedCache<JsonKey, byte[]> keptJson = new StampedCache<>(KEPT_VIEWS * 3);

    RoadmapQueries(RoadmapRepository roadmaps, RoadmapViews views, RoadmapService service, OporaConfig config,
                   Clock clock, ObjectMapper json) {
        this.roadmaps = roadmaps;
        this.json = json;
        this.views = views;
        this.service = service;
        this.config = config;
        this.clock = clock;
    }

    public List<DirectionView> directions() {
        return RoadmapDirection.ordered().stream().map(DirectionView::of).toList();
    }

    @Transactional
    public RoadmapPage list(Caller caller, RoadmapSearchParams params) {
        RoadmapQuery query = RoadmapQuery.parse(params, LocalDate.now(clock), config.paging());
        RoadmapRepository.Found found = roadmaps.search(caller, query);
        Map<Long, Roadmap> loaded = roadmaps.load(found.rows().stream().map(RoadmapRepository.Row::id).toList());
        List<RoadmapSummary> items = found.rows().stream().map(row -> {
            Roadmap r = loaded.get(row.id());
            return new RoadmapSummary(r.id, r.level, r.title, DirectionView.of(r.direction), RoadmapViews.owner(r),
                    r.yearFrom, r.yearTo, r.periodicity, r.status, r.revision, r.parent == null ? null : r.parent.id,
                    row.itemsCount(), row.overdueItems(), row.overdueReports());
        }).toList();
        return new RoadmapPage(items, found.total(), query.page(), query.size(), query.asOf());
    }

    /**
     * The roadmap as of a date. Its answer is the same for every caller but for {@code allowed}, so an instance keeps it
     * under the roadmap's stamps (one primary-key read, {@link RoadmapRepository#head}) and builds it again only after
     * a change; who may see it is decided on the same read, by the same rule as everywhere. Inside a transaction that
     * may have written (a service building on a roadmap it changes) it is built and not kept: its stamps are not
     * committed yet and could come back with other contents after a rollback.
     */
    public RoadmapView get(Caller caller, long roadmapId, String asOf) {
        LocalDate day = day(asOf);
        if (QuarkusTransaction.isActive()) {
            return views.roadmap(caller, service.visible(caller, roadmapId), day);
        }
        RoadmapRepository.Head head = head(caller, roadmapId);
        return kept(head, day).withAllowed(RoadmapPermission.of(caller, head));
    }

    /** {@link #get} as the JSON the API answers with, written once per kind of caller while the stamps hold. */
    public byte[] getJson(Caller caller, long roadmapId, String asOf) {
        LocalDate day = day(asOf);
        RoadmapRepository.Head head = head(caller, roadmapId);
        List<RoadmapPermission> allowed = RoadmapPermission.of(caller, head);
        return keptJson.get(new JsonKey(new ViewKey(roadmapId, day), allowed), head.stamps(), () -> {
            try {
                return json.writeValueAsBytes(kept(head, day).withAllowed(allowed));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Дорожная карта " + roadmapId + " не записана в JSON", e);
            }
        });
    }

    private LocalDate day(String asOf) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = QueryParsing.date(asOf, "asOf", errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        return date == null ? LocalDate.now(clock) : date;
    }

    private RoadmapRepository.Head head(Caller caller, long roadmapId) {
        return roadmaps.head(roadmapId)
                .filter(h -> RoadmapAccess.sees(caller, h))
                .orElseThrow(() -> RoadmapService.notFound(roadmapId));
    }

    private RoadmapView kept(RoadmapRepository.Head head, LocalDate day) {
        return kept.get(new ViewKey(head.id(), day), head.stamps(), () -> QuarkusTransaction.requiringNew().call(() -> {
            ReadOnlySession.of(roadmaps.getEntityManager());
            return views.roadmap(roadmaps.findWithOwner(head.id())
                    .orElseThrow(() -> RoadmapService.notFound(head.id())), day);
        }));
    }

    @Transactional
    public List<RoadmapRevisionView> history(Caller caller, long roadmapId) {
        return views.revisions(service.visible(caller, roadmapId));
    }
}
