package ru.opora.identification;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import ru.opora.common.web.PageRequest;
import ru.opora.school.SchoolCategory;

@ApplicationScoped
public class CriteriaSetRepository implements PanacheRepository<CriteriaSet> {

    public record Found(List<CriteriaSet> sets, long total) {
    }

    public Found search(long regionId, Integer year, SchoolCategory category, PageRequest page) {
        StringBuilder where = new StringBuilder("region.id = :region");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("region", regionId);
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        if (category != null) {
            where.append(" and category = :category");
            params.and("category", category);
        }
        long total = count(where.toString(), params);
        List<CriteriaSet> sets = find(where + " order by year desc, category, setVersion desc, id desc", params)
                .page(page.number() - 1, page.size()).list();
        return new Found(sets, total);
    }

    public List<CriteriaRule> rules(long setId) {
        return CriteriaRule.list("set.id = ?1 order by kind, position", setId);
    }

    /** The approved list made with this set: a set named by one is frozen. */
    public Optional<Long> approvedListOf(long setId) {
        return getEntityManager().createQuery("select l.id from IdentificationList l where l.criteriaSet.id = :set", Long.class)
                .setParameter("set", setId).getResultStream().findFirst();
    }

    /** The approved list of a region, year and category, if there is one. */
    public Optional<Long> listOfYear(long regionId, int year, SchoolCategory category) {
        return getEntityManager().createQuery("select l.id from IdentificationList l where l.region.id = :region"
                        + " and l.year = :year and l.category = :category", Long.class)
                .setParameter("region", regionId).setParameter("year", year).setParameter("category", category)
                .getResultStream().findFirst();
    }
}
