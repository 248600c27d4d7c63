package ru.opora.region;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class RegionRepository implements PanacheRepository<Region> {

    public Optional<Region> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Municipality and school counts of one region, in one query. */
    public RegionView view(Region region) {
        Object[] counts = getEntityManager().createQuery("""
                        select (select count(m) from Municipality m where m.region.id = :id),
                               (select count(s) from School s where s.municipality.region.id = :id)
                        from Region r where r.id = :id""", Object[].class)
                .setParameter("id", region.id)
                .getSingleResult();
        return new RegionView(region.id, region.code, region.name, region.authorityName,
                ((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
    }
}
