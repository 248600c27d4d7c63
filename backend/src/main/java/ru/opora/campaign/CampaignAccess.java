package ru.opora.campaign;

import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Who sees and runs a campaign. A ministry sees all campaigns of its region and runs the regional ones;
 * a municipality runs its own and sees the regional ones that reach its schools; a school sees the campaigns
 * it has a form in. Drafts are seen by their owner (and the ministry) only.
 */
final class CampaignAccess {

    private CampaignAccess() {
    }

    static boolean owns(Caller caller, Campaign campaign) {
        return campaign.region.id == caller.regionId() && switch (caller.role()) {
            case MINISTRY -> campaign.municipality == null;
            case MUNICIPALITY -> campaign.municipality != null && campaign.municipality.id.equals(caller.municipalityId());
            case SCHOOL, CURATOR -> false;
        };
    }

    /** The rule of {@link CampaignService#visible} as SQL over collection_campaign c; binds :region, :org. */
    static String visibleSql(Caller caller) {
        return switch (caller.role()) {
            case MINISTRY -> "c.region_id = :region";
            case MUNICIPALITY -> "c.region_id = :region and (c.municipality_id = :org or (c.status <> 'DRAFT'"
                    + " and exists (select 1 from campaign_form f where f.campaign_id = c.id and f.municipality_id = :org)))";
            case SCHOOL -> "c.region_id = :region and c.status <> 'DRAFT'"
                    + " and exists (select 1 from campaign_form f where f.campaign_id = c.id and f.school_id = :org)";
            // No campaign is a curator's; the region is still bound, like every role's.
            case CURATOR -> "c.region_id = :region and false";
        };
    }

    /** The forms the caller sees in a campaign, as SQL over campaign_form f; binds :org. */
    static String formsSql(Caller caller) {
        return switch (caller.role()) {
            case MINISTRY -> "true";
            case MUNICIPALITY -> "f.municipality_id = :org";
            case SCHOOL -> "f.school_id = :org";
            case CURATOR -> "false";
        };
    }

    static long scopeId(Caller caller) {
        return caller.role() == Role.MINISTRY ? caller.regionId()
                : caller.role() == Role.MUNICIPALITY ? caller.municipalityId() : caller.schoolId();
    }
}
