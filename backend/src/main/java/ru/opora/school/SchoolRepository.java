package ru.opora.school;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import ru.opora.common.web.LikePatterns;
import ru.opora.security.Caller;

@ApplicationScoped
public class SchoolRepository implements PanacheRepository<School> {

    public Optional<School> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public record Found(List<School> schools, long total) {
    }

    /** One page of the caller's schools matching the query, with the total, in two statements. */
    public Found search(Caller caller, SchoolQuery query) {
        StringBuilder where = new StringBuilder(" where m.region.id = :regionId");
        Map<String, Object> params = new HashMap<>();
        params.put("regionId", caller.regionId());
        switch (caller.role()) {
            case MUNICIPALITY -> {
                where.append(" and m.id = :ownMunicipality");
                params.put("ownMunicipality", caller.municipalityId());
            }
            case SCHOOL -> {
                where.append(" and s.id = :ownSchool");
                params.put("ownSchool", caller.schoolId());
            }
            case MINISTRY -> {
            }
            case CURATOR -> where.append(" and false");
        }
        if (query.municipalityId() != null) {
            where.append(" and m.id = :municipalityId");
            params.put("municipalityId", query.municipalityId());
        }
        if (query.settlementType() != null) {
            where.append(" and s.settlementType = :settlementType");
            params.put("settlementType", query.settlementType());
        }
        if (query.level() != null) {
            where.append(switch (query.level()) {
                case PRIMARY -> " and s.teachesPrimary = true";
                case BASIC -> " and s.teachesBasic = true";
                case SECONDARY -> " and s.teachesSecondary = true";
            });
        }
        if (query.text() != null) {
            where.append(" and s.searchText like :text" + LikePatterns.ESCAPE_CLAUSE);
            params.put("text", query.likePattern());
        }
        if (query.category() != null) {
            where.append(" and exists (select 1 from SchoolCategoryAssignment a where a.school = s"
                    + " and a.year = :year and a.category = :category and a.revokedAt is null)");
            params.put("year", query.year());
            params.put("category", query.category());
        }
        var em = getEntityManager();
        TypedQuery<Long> count = em.createQuery("select count(s) from School s join s.municipality m" + where,
                Long.class);
        TypedQuery<School> page = em.createQuery("select s from School s join fetch s.municipality m" + where
                + " order by " + query.sort().orderBy(), School.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<School> schools = page.setFirstResult((query.page() - 1) * query.size())
                .setMaxResults(query.size())
                .getResultList();
        return new Found(schools, total);
    }

    /** Active categories of the given schools in one year, by school id. */
    public Map<Long, List<SchoolCategory>> activeCategories(List<Long> schoolIds, int year) {
        Map<Long, List<SchoolCategory>> bySchool = new HashMap<>();
        if (schoolIds.isEmpty()) {
            return bySchool;
        }
        getEntityManager().createQuery("""
                        select a.school.id, a.category from SchoolCategoryAssignment a
                        where a.school.id in :ids and a.year = :year and a.revokedAt is null
                        order by a.category""", Object[].class)
                .setParameter("ids", schoolIds)
                .setParameter("year", year)
                .getResultStream()
                .forEach(row -> bySchool.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add((SchoolCategory) row[1]));
        return bySchool;
    }

    public List<SchoolCategoryAssignment> categoryHistory(long schoolId) {
        return getEntityManager().createQuery("""
                        select a from SchoolCategoryAssignment a where a.school.id = :id
                        order by a.year desc, a.category asc, a.assignedAt desc""", SchoolCategoryAssignment.class)
                .setParameter("id", schoolId)
                .getResultList();
    }

    /** The audited states of a school with their revisions, oldest first. */
    public List<Object[]> revisions(long schoolId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(getEntityManager()).createQuery()
                .forRevisionsOfEntity(School.class, false, true)
                .add(AuditEntity.id().eq(schoolId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows;
    }

    public boolean categoryActive(long schoolId, int year, SchoolCategory category) {
        return getEntityManager().createQuery("""
                        select count(a) from SchoolCategoryAssignment a where a.school.id = :id
                        and a.year = :year and a.category = :category and a.revokedAt is null""", Long.class)
                .setParameter("id", schoolId)
                .setParameter("year", year)
                .setParameter("category", category)
                .getSingleResult() > 0;
    }
}
