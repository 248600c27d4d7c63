package ru.opora.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import ru.opora.common.audit.AuditRevision;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.roadmap.report.ItemStatus;
import ru.opora.school.School;
import ru.opora.security.Caller;

/** Builds the answers about roadmaps; the computed parts (overdue, progress of children) come from SQL. */
@ApplicationScoped
public class RoadmapViews {

    private final RoadmapRepository roadmaps;

    RoadmapViews(RoadmapRepository roadmaps) {
        this.roadmaps = roadmaps;
    }

    /** The whole roadmap as of a date, with what the caller may do with it. */
    public RoadmapView roadmap(Caller caller, Roadmap r, LocalDate asOf) {
        return roadmap(r, asOf).withAllowed(RoadmapPermission.of(caller, r));
    }

    /**
     * The whole roadmap as of a date, the same for every caller (nothing allowed yet), in five statements whatever its
     * size, besides the roadmap with its owner and parent.
     */
    public RoadmapView roadmap(Roadmap r, LocalDate asOf) {
        Map<Long, RoadmapRepository.ItemFacts> facts = roadmaps.itemFacts(r.id, asOf);
        long childrenCount = roadmaps.childrenCount(r.id);
        List<RoadmapItem> items = roadmaps.items(r.id);
        List<SectionView> sections = roadmaps.sections(r.id).stream().map(s -> new SectionView(s.id, s.position,
                s.title, s.version, items.stream().filter(i -> i.section.id.equals(s.id))
                .map(i -> {
                    RoadmapRepository.ItemFacts f = facts.get(i.id);
                    return item(i, f == null ? null : f.lastStatus(), f != null && f.overdue(),
                            childrenCount == 0 ? null : f == null ? new ChildProgress(0, 0, 0) : f.children());
                })
                .toList())).toList();
        long overdueItems = facts.values().stream().filter(RoadmapRepository.ItemFacts::overdue).count();
        List<RoadmapRepository.Period> periods = roadmaps.periods(r.id, asOf);
        List<PeriodView> periodViews = periods.stream().map(p -> new PeriodView(p.code(),
                ReportingPeriod.parse(p.code()).label(), p.startsOn(), p.endsOn(), p.dueOn(), p.expected(), p.overdue(),
                p.reportStatus(), p.submittedAt())).toList();
        return new RoadmapView(r.id, r.level, owner(r), DirectionView.of(r.direction), r.title, r.goal, r.tasks,
                r.yearFrom, r.yearTo, r.periodicity, r.reportDueDay, r.document, r.status, r.revision,
                r.revisionReason, r.parent == null ? null : new RoadmapView.ParentView(r.parent.id, r.parent.title,
                owner(r.parent)), sections, periodViews, asOf, overdueItems,
                periods.stream().filter(RoadmapRepository.Period::overdue).count(), childrenCount,
                List.of(), r.version, r.updatedAt, r.updatedBy);
    }

    public ItemView item(RoadmapItem item) {
        return item(item, null, false, null);
    }

    private ItemView item(RoadmapItem i, ItemStatus lastStatus, boolean overdue, ChildProgress childProgress) {
        return new ItemView(i.id, i.section.id, i.position, i.number, i.title, i.timeframe, i.wholePeriod,
                List.copyOf(i.windows), i.executors, i.executorOrganisations.stream().map(RoadmapViews::organisation).toList(),
                i.expectedResult, i.plannedIndicator, i.plannedValue,
                i.parentItem == null ? null : new ItemView.ParentItemView(i.parentItem.id, i.parentItem.roadmap.id,
                        i.parentItem.number, i.parentItem.title),
                lastStatus, overdue, childProgress, i.version);
    }

    public List<RoadmapRevisionView> revisions(Roadmap roadmap) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(Roadmap.getEntityManager()).createQuery()
                .forRevisionsOfEntity(Roadmap.class, false, true)
                .add(AuditEntity.id().eq(roadmap.id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<RoadmapRevisionView> views = new ArrayList<>();
        for (Object[] row : rows) {
            Roadmap state = (Roadmap) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            views.add(new RoadmapRevisionView(revision.id, revision.changedAt, revision.changedBy, state.status,
                    state.revision, state.revisionReason, state.document, state.title));
        }
        Collections.reverse(views);
        return views;
    }

    public static OrganisationView owner(Roadmap r) {
        return new OrganisationView(r.ownerType(), r.ownerId(), r.ownerName());
    }

    public static OrganisationKey ownerRef(Roadmap r) {
        return new OrganisationKey(r.ownerType(), r.ownerId());
    }

    public static OrganisationView organisation(OrganisationKey ref) {
        String name = switch (ref.type()) {
            case REGION -> Region.<Region>findByIdOptional(ref.id()).map(Region::authorityOrName).orElse("?");
            case MUNICIPALITY -> Municipality.<Municipality>findByIdOptional(ref.id()).map(m -> m.name).orElse("?");
            case SCHOOL -> School.<School>findByIdOptional(ref.id()).map(s -> s.shortName).orElse("?");
        };
        return new OrganisationView(ref.type(), ref.id(), name);
    }

    public static boolean existsInRegion(OrganisationKey ref, long regionId) {
        return switch (ref.type()) {
            case REGION -> ref.id() == regionId;
            case MUNICIPALITY -> Municipality.<Municipality>findByIdOptional(ref.id())
                    .filter(m -> m.region.id == regionId).isPresent();
            case SCHOOL -> School.<School>findByIdOptional(ref.id())
                    .filter(s -> s.municipality.region.id == regionId).isPresent();
        };
    }

}
