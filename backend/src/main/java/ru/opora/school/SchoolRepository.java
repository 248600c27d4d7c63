package ru.opora.school;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Arrays;
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

    public record Found(List<SchoolSummary> items, long total) {
    }

    /**
     * One page of the caller's schools matching the query, with the total and each school's active categories of the
     * query's year, in one statement: a registry page is read on every list view, so it costs one round trip.
     */
    public Found search(Caller caller, SchoolQuery query) {
        StringBuilder where = new StringBuilder(" where m.region_id = :regionId");
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
            where.append(" and s.settlement_type = :settlementType");
            params.put("settlementType", query.settlementType().name());
        }
        if (query.level() != null) {
            where.append(switch (query.level()) {
                case PRIMARY -> " and s.teaches_primary";
                case BASIC -> " and s.teaches_basic";
                case SECONDARY -> " and s.teaches_secondary";
            });
        }
        if (query.text() != null) {
            where.append(" and s.search_text like :text" + LikePatterns.ESCAPE_CLAUSE);
            params.put("text", query.likePattern());
        }
        if (query.category() != null) {
            params.put("year", query.year());
            where.append(" and exists (select 1 from school_category_assignment a where a.school_id = s.id"
                    + " and a.year = :year and a.category = :category and a.revoked_at is null)");
            params.put("category", query.category().name());
        }
        Query page = getEntityManager().createNativeQuery("""
                select s.id, s.code, s.short_name, s.full_name, m.id as municipality_id, m.name as municipality_name,
                       s.settlement_type, s.teaches_primary, s.teaches_basic, s.teaches_secondary,
                       s.students_count, s.teachers_count,
                       (select string_agg(a.category, ',' order by a.category) from school_category_assignment a
                        where a.school_id = s.id and a.year = :year and a.revoked_at is null) as categories,
                       count(*) over () as total
                from school s join municipality m on m.id = s.municipality_id""" + where
                + " order by " + query.sort().orderBy() + " limit :limit offset :offset");
        params.forEach(page::setParameter);
        page.setParameter("year", query.year());
        page.setParameter("limit", query.size());
        page.setParameter("offset", (query.page() - 1) * query.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        if (rows.isEmpty()) {
            // A page past the end has no row to carry the total: count apart (rare: only a stale page link).
            Query count = getEntityManager().createNativeQuery(
                    "select count(*) from school s join municipality m on m.id = s.municipality_id" + where);
            params.forEach(count::setParameter);
            return new Found(List.of(), ((Number) count.getSingleResult()).longValue());
        }
        List<SchoolSummary> items = rows.stream().map(r -> new SchoolSummary(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).longValue(), (String) r[5],
                SettlementType.valueOf((String) r[6]),
                EducationLevel.of((Boolean) r[7], (Boolean) r[8], (Boolean) r[9]),
                ((Number) r[10]).intValue(), ((Number) r[11]).intValue(), categories((String) r[12]))).toList();
        return new Found(items, ((Number) rows.get(0)[13]).longValue());
    }

    private static List<SchoolCategory> categories(String joined) {
        return joined == null ? List.of()
                : Arrays.stream(joined.split(",")).map(SchoolCategory::valueOf).toList();
    }

    /** The region's registry stamp (V17): it moves with every change of the region's municipalities, schools and categories. */
    public long registryStamp(long regionId) {
        return ((Number) getEntityManager().createNativeQuery("select stamp from registry_stamp where region_id = :id")
                .setParameter("id", regionId).getSingleResult()).longValue();
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
