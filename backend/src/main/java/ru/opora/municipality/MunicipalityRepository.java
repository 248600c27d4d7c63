package ru.opora.municipality;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class MunicipalityRepository implements PanacheRepository<Municipality> {

    public Optional<Municipality> findByOktmo(String oktmo) {
        return find("oktmo", oktmo).firstResultOptional();
    }

    public boolean nameTaken(long regionId, String name, Long exceptId) {
        return count("region.id = ?1 and lower(name) = lower(?2) and (?3 is null or id <> ?3)",
                regionId, name, exceptId) > 0;
    }

    public List<Municipality> ofRegion(long regionId) {
        return list("region.id", Sort.by("name"), regionId);
    }

    public Map<Long, Integer> schoolCounts(List<Long> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery(
                        "select s.municipality.id, count(s) from School s where s.municipality.id in :ids group by s.municipality.id",
                        Object[].class)
                .setParameter("ids", municipalityIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).intValue()));
    }
}
