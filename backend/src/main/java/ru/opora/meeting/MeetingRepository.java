package ru.opora.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.opora.common.scope.OwnerScope;
import ru.opora.common.web.LikePatterns;
import ru.opora.security.Caller;

/** Queries over meetings, their agenda and decisions; the lists are native SQL with counts computed at a date. */
@ApplicationScoped
public class MeetingRepository {

    private static final String PUBLISHED = "(m.status = 'SIGNED' or m.revision > 1)";

    private final EntityManager em;

    MeetingRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Meeting> find(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    public List<AgendaItem> agenda(long meetingId) {
        return em.createQuery("from AgendaItem where meetingId = ?1 order by position", AgendaItem.class)
                .setParameter(1, meetingId).getResultList();
    }

    public List<Decision> decisions(long meetingId) {
        return em.createQuery("select d from Decision d, AgendaItem a where a.id = d.agendaItemId and d.meetingId = ?1"
                + " order by a.position, d.position", Decision.class).setParameter(1, meetingId).getResultList();
    }

    public List<Decision> decisions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from Decision where id in :ids order by id", Decision.class)
                .setParameter("ids", ids).getResultList();
    }

    public Map<Long, Meeting> meetings(Collection<Long> ids) {
        Map<Long, Meeting> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from Meeting where id in :ids", Meeting.class).setParameter("ids", ids).getResultList()
                    .forEach(m -> found.put(m.id, m));
        }
        return found;
    }

    /** Whether the caller's organisation carries out a decision of this meeting (then it sees the signed protocol). */
    public boolean executesAny(Caller caller, long meetingId) {
        Object[] key = DecisionAccess.executorKey(caller);
        return key != null && !em.createNativeQuery("select 1 from meeting_decision where meeting_id = ?1"
                        + " and executor_type = ?2 and executor_id = ?3 limit 1")
                .setParameter(1, meetingId).setParameter(2, key[0]).setParameter(3, key[1]).getResultList().isEmpty();
    }

    /** The owner of a working group (type, region, municipality, school), if there is one with this id. */
    public Optional<OwnerScope.Owner> workingGroupOwner(long id) {
        List<?> rows = em.createNativeQuery("select owner_type, region_id, municipality_id, school_id from working_group"
                + " where id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new OwnerScope.Owner(ru.opora.security.OrganisationType.valueOf((String) row[0]),
                ((Number) row[1]).longValue(), row[2] == null ? null : ((Number) row[2]).longValue(),
                row[3] == null ? null : ((Number) row[3]).longValue()));
    }

    public Optional<String> workingGroupName(long id) {
        List<?> rows = em.createNativeQuery("select name from working_group where id = ?1").setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /**
     * Open decisions with a due date before {@code heldOn} of the owner's earlier signed meetings, not yet taken
     * into this meeting's «контроль исполнения решений»: what the next agenda should look at.
     */
    public List<Decision> controlProposals(Meeting meeting, Collection<Long> alreadyControlled) {
        String jpql = """
                select d from Decision d, Meeting m where m.id = d.meetingId and m.id <> :id
                  and m.ownerType = :type and m.regionId = :region
                  and (m.status = ru.opora.meeting.MeetingStatus.SIGNED or m.revision > 1)
                  and m.heldOn < :heldOn and d.dueOn is not null and d.dueOn < :heldOn
                  and d.status = ru.opora.meeting.DecisionStatus.OPEN"""
                + (meeting.municipalityId == null ? " and m.municipalityId is null" : " and m.municipalityId = :municipality")
                + (meeting.schoolId == null ? " and m.schoolId is null" : " and m.schoolId = :school")
                + " order by d.dueOn, d.id";
        jakarta.persistence.TypedQuery<Decision> q = em.createQuery(jpql, Decision.class)
                .setParameter("id", meeting.id).setParameter("type", meeting.ownerType)
                .setParameter("region", meeting.regionId).setParameter("heldOn", meeting.heldOn);
        if (meeting.municipalityId != null) {
            q.setParameter("municipality", meeting.municipalityId);
        }
        if (meeting.schoolId != null) {
            q.setParameter("school", meeting.schoolId);
        }
        return q.getResultList().stream().filter(d -> !alreadyControlled.contains(d.id)).toList();
    }

    public record MeetingRow(long id, long tracked, long done, long overdue) {
    }

    public record Found<T>(List<T> rows, long total) {
    }

    public Found<MeetingRow> search(Caller caller, MeetingQuery.Meetings query) {
        Map<String, Object> params = new HashMap<>();
        String visible = OwnerScope.visibleSql(caller, "m", PUBLISHED);
        OwnerScope.bind(caller, visible, params);
        StringBuilder where = new StringBuilder("(" + visible + ")");
        Object[] executor = DecisionAccess.executorKey(caller);
        if (executor != null) {
            // Executors of a signed protocol's decisions see it whoever keeps it.
            where.insert(0, "(").append(" or (").append(PUBLISHED).append(" and exists (select 1 from meeting_decision x")
                    .append(" where x.meeting_id = m.id and x.executor_type = :execType and x.executor_id = :execId)))");
            params.put("execType", executor[0]);
            params.put("execId", executor[1]);
        }
        if (query.status() != null) {
            where.append(" and m.status = :status");
            params.put("status", query.status().name());
        }
        if (query.bodyKind() != null) {
            where.append(" and m.body_kind = :bodyKind");
            params.put("bodyKind", query.bodyKind().name());
        }
        if (query.workingGroupId() != null) {
            where.append(" and m.working_group_id = :group");
            params.put("group", query.workingGroupId());
        }
        if (query.year() != null) {
            where.append(" and extract(year from m.held_on) = :year");
            params.put("year", query.year());
        }
        if (query.text() != null) {
            where.append(" and translate(lower(m.title), 'ё', 'е') like :text" + LikePatterns.ESCAPE_CLAUSE);
            params.put("text", LikePatterns.contains(query.text()));
        }
        params.put("asOf", Date.valueOf(query.asOf()));
        String sql = """
                select m.id,
                       count(d.id) filter (where d.due_on is not null) as tracked,
                       count(d.id) filter (where d.due_on is not null and d.status = 'DONE') as done,
                       count(d.id) filter (where d.due_on is not null and d.status = 'OPEN' and d.due_on < :asOf
                                           and (m.status = 'SIGNED' or m.revision > 1)) as overdue,
                       count(*) over () as total
                from meeting m left join meeting_decision d on d.meeting_id = m.id
                where\s""" + where
                // A text block's only line loses its indentation: the space before «group» is written out.
                + " group by m.id, m.held_on order by m.held_on desc, m.id desc";
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        q.setFirstResult((int) query.page().offset()).setMaxResults(query.page().size());
        List<?> rows = q.getResultList();
        long total = rows.isEmpty() ? count(where.toString(), params) : ((Number) ((Object[]) rows.get(0))[4]).longValue();
        return new Found<>(rows.stream().map(r -> (Object[]) r).map(r -> new MeetingRow(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList(), total);
    }

    private long count(String where, Map<String, Object> params) {
        Query q = em.createNativeQuery("select count(*) from meeting m where " + where);
        params.forEach((k, v) -> {
            if (!k.equals("asOf")) {
                q.setParameter(k, v);
            }
        });
        return ((Number) q.getSingleResult()).longValue();
    }

    /** One page of the decisions of signed protocols the caller sees (or carries out), soonest due first. */
    public Found<Long> searchDecisions(Caller caller, MeetingQuery.Decisions query) {
        Map<String, Object> params = new HashMap<>();
        String visible = OwnerScope.visibleSql(caller, "m", PUBLISHED);
        OwnerScope.bind(caller, visible, params);
        StringBuilder where = new StringBuilder(PUBLISHED);
        Object[] executor = DecisionAccess.executorKey(caller);
        if (executor != null) {
            params.put("execType", executor[0]);
            params.put("execId", executor[1]);
            where.append(" and ((").append(visible).append(") or (d.executor_type = :execType and d.executor_id = :execId))");
        } else {
            where.append(" and (").append(visible).append(")");
        }
        if (query.assigned()) {
            where.append(executor == null ? " and false" : " and d.executor_type = :execType and d.executor_id = :execId");
        }
        if (query.status() != null) {
            where.append(" and d.status = :status");
            params.put("status", query.status().name());
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " and d.due_on is not null and d.status = 'OPEN' and d.due_on < :asOf"
                    : " and not (d.due_on is not null and d.status = 'OPEN' and d.due_on < :asOf)");
            params.put("asOf", Date.valueOf(query.asOf()));
        }
        if (query.meetingId() != null) {
            where.append(" and d.meeting_id = :meetingId");
            params.put("meetingId", query.meetingId());
        }
        if (query.schoolId() != null) {
            where.append(" and ((d.executor_type = 'SCHOOL' and d.executor_id = :schoolFilter)"
                    + " or (d.related_type = 'SCHOOL' and d.related_id = :schoolFilter))");
            params.put("schoolFilter", query.schoolId());
        }
        Query q = em.createNativeQuery("select d.id, count(*) over () from meeting_decision d join meeting m on m.id = d.meeting_id"
                + " where " + where + " order by (d.due_on is null), d.due_on, d.id");
        params.forEach(q::setParameter);
        q.setFirstResult((int) query.page().offset()).setMaxResults(query.page().size());
        List<?> rows = q.getResultList();
        long total;
        if (rows.isEmpty()) {
            Query c = em.createNativeQuery("select count(*) from meeting_decision d join meeting m on m.id = d.meeting_id"
                    + " where " + where);
            params.forEach(c::setParameter);
            total = ((Number) c.getSingleResult()).longValue();
        } else {
            total = ((Number) ((Object[]) rows.get(0))[1]).longValue();
        }
        return new Found<>(rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList(), total);
    }
}
