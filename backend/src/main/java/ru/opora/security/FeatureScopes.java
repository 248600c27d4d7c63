package ru.opora.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import ru.opora.campaign.CampaignService;
import ru.opora.indicator.CatalogueService;
import ru.opora.municipality.MunicipalityService;
import ru.opora.region.RegionService;
import ru.opora.roadmap.RoadmapService;
import ru.opora.school.SchoolService;

/** The probes of the objects the registry, roadmap, campaign and catalogue paths name, over their services' checks. */
@ApplicationScoped
class FeatureScopes {

    @Produces
    @ApplicationScoped
    ScopeProbe region(RegionService regions) {
        return ScopeProbe.of("regionId", regions::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe municipality(MunicipalityService municipalities) {
        return ScopeProbe.of("municipalityId", municipalities::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe school(SchoolService schools) {
        return ScopeProbe.of("schoolId", schools::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe roadmap(RoadmapService roadmaps) {
        return ScopeProbe.of("roadmapId", roadmaps::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe campaign(CampaignService campaigns) {
        return ScopeProbe.of("campaignId", campaigns::visible);
    }

    @Produces
    @ApplicationScoped
    ScopeProbe indicator(CatalogueService catalogue) {
        return ScopeProbe.of("indicatorId", (caller, id) -> catalogue.visible(caller, Math.toIntExact(id)));
    }
}
