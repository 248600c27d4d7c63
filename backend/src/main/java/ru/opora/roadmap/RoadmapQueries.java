package ru.opora.roadmap;

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

    private final RoadmapRepository roadmaps;
    private final RoadmapViews views;
    private final RoadmapService service;
    private final OporaConfig config;
    private final Clock clock;
    private final StampedCache<ViewKey, RoadmapView> kept = new StampedCache<>(KEPT_VIEWS);

    RoadmapQueries(RoadmapRepository roadmaps, RoadmapViews views, RoadmapService service, OporaConfig config,
                   Clock clock) {
        this.roadmaps = roadmaps;
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
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = QueryParsing.date(asOf, "asOf", errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        if (QuarkusTransaction.isActive()) {
            return views.roadmap(caller, service.visible(caller, roadmapId), day);
        }
        RoadmapRepository.Head head = roadmaps.head(roadmapId)
                .filter(h -> RoadmapAccess.sees(caller, h))
                .orElseThrow(() -> RoadmapService.notFound(roadmapId));
        RoadmapView view = kept.get(new ViewKey(roadmapId, day), head.stamps(), () -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    ReadOnlySession.of(roadmaps.getEntityManager());
                    return views.roadmap(roadmaps.findWithOwner(roadmapId)
                            .orElseThrow(() -> RoadmapService.notFound(roadmapId)), day);
                }));
        return view.withAllowed(RoadmapPermission.of(caller, head));
    }

    @Transactional
    public List<RoadmapRevisionView> history(Caller caller, long roadmapId) {
        return views.revisions(service.visible(caller, roadmapId));
    }
}
