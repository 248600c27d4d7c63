package ru.opora.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import ru.opora.common.error.ApiException;
import ru.opora.security.Caller;

@ApplicationScoped
public class RegionService {

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    @Transactional
    public List<RegionView> list(Caller caller) {
        return List.of(regions.view(visible(caller, caller.regionId())));
    }

    @Transactional
    public RegionView get(Caller caller, long regionId) {
        return regions.view(visible(caller, regionId));
    }

    /** A region the caller belongs to; any other is reported as absent. */
    public Region visible(Caller caller, long regionId) {
        if (!caller.seesRegion(regionId)) {
            throw ApiException.notFound("Регион " + regionId + " не найден.");
        }
        return regions.findByIdOptional(regionId)
                .orElseThrow(() -> ApiException.notFound("Регион " + regionId + " не найден."));
    }

    /** Regions are reference data: only the demo loader and future administration create them. */
    @Transactional
    public Region create(String code, String name, String authorityName) {
        Region region = new Region();
        region.code = code;
        region.name = name;
        region.authorityName = authorityName;
        regions.persist(region);
        return region;
    }
}
