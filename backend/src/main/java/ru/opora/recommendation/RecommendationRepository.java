package ru.opora.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.opora.security.Caller;
import ru.opora.security.Role;

@ApplicationScoped
class RecommendationRepository {

    record Found(List<Long> ids, long total) {
    }

    private final EntityManager em;
    private final ru.opora.curator.CuratorScope curators;

    RecommendationRepository(EntityManager em, ru.opora.curator.CuratorScope curators) {
        this.em = em;
        this.curators = curators;
    }

    /** One page (or, with {@code limit}, the first rows) of the recommendations the caller sees, soonest due first. */
    Found search(Caller caller, RecommendationQuery query, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(RecommendationAccess.visibleSql(caller));
        params.put("regionId", caller.regionId());
        if (caller.role() == Role.CURATOR) {
            params.put("curator", caller.username());
            params.put("curatorYear", curators.year());
        } else if (caller.role() != Role.MINISTRY) {
            params.put("org", RecommendationAccess.org(caller));
        }
        if (query.addressed()) {
            where.append(switch (caller.role()) {
                case SCHOOL -> " and r.addressee_type = 'SCHOOL'";
                case MUNICIPALITY -> " and r.addressee_type = 'MUNICIPALITY'";
                default -> " and false";
            });
        }
        if (query.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", query.status().name());
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " and r.status in ('ISSUED', 'ANSWERED') and r.due_on < :asOf"
                    : " and not (r.status in ('ISSUED', 'ANSWERED') and r.due_on < :asOf)");
            params.put("asOf", Date.valueOf(query.asOf()));
        }
        if (query.schoolId() != null) {
            where.append(" and r.school_id = :school");
            params.put("school", query.schoolId());
        }
        if (query.municipalityId() != null) {
            where.append(" and r.municipality_id = :municipality");
            params.put("municipality", query.municipalityId());
        }
        if (query.basisKind() != null) {
            where.append(" and r.basis_kind = :basisKind");
            params.put("basisKind", query.basisKind().name());
        }
        if (query.basisId() != null) {
            where.append(" and r.basis_id = :basisId");
            params.put("basisId", query.basisId());
        }
        Query q = em.createNativeQuery("select r.id, count(*) over () from recommendation r where " + where
                + " order by case when r.status in ('ISSUED', 'ANSWERED') then 0 else 1 end, r.due_on, r.id");
        params.forEach(q::setParameter);
        q.setFirstResult(offset).setMaxResults(limit);
        List<?> rows = q.getResultList();
        long total;
        if (rows.isEmpty()) {
            Query count = em.createNativeQuery("select count(*) from recommendation r where " + where);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        } else {
            total = ((Number) ((Object[]) rows.get(0))[1]).longValue();
        }
        return new Found(rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList(), total);
    }

    List<Recommendation> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Recommendation> byId = new HashMap<>();
        em.createQuery("from Recommendation where id in :ids", Recommendation.class).setParameter("ids", ids)
                .getResultList().forEach(r -> byId.put(r.id, r));
        return ids.stream().map(byId::get).toList();
    }

    /** Whether a meeting decision with this id exists in the region. */
    boolean decisionExists(long id, long regionId) {
        return !em.createNativeQuery("select 1 from meeting_decision d join meeting m on m.id = d.meeting_id"
                + " where d.id = ?1 and m.region_id = ?2").setParameter(1, id).setParameter(2, regionId)
                .getResultList().isEmpty();
    }

    /** Whether a curator visit with this id was made to this school. */
    boolean visitExists(long id, long schoolId) {
        return !em.createNativeQuery("select 1 from curator_visit where id = ?1 and school_id = ?2")
                .setParameter(1, id).setParameter(2, schoolId).getResultList().isEmpty();
    }

    /** How the calling curator's assignment names them («Иванова Е.П., ГАУ ДПО ИРР ПО»), if it does. */
    String curatorName(Caller caller, long schoolId, int year) {
        List<?> rows = em.createNativeQuery("select curator_name || ', ' || curator_organisation from curator_assignment"
                + " where curator_username = ?1 and school_id = ?2 and year = ?3")
                .setParameter(1, caller.username()).setParameter(2, schoolId).setParameter(3, year).getResultList();
        return rows.isEmpty() ? caller.displayName() : (String) rows.get(0);
    }
}
