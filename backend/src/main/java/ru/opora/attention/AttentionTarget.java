package ru.opora.attention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an item leads: a roadmap, a period's report, a campaign, a school's form, a meeting, a recommendation, a visit. */
@Schema(name = "AttentionTarget", description = "Куда ведёт ссылка")
public enum AttentionTarget {
    ROADMAP,
    ROADMAP_REPORT,
    CAMPAIGN,
    CAMPAIGN_FORM,
    MEETING,
    RECOMMENDATION,
    CURATOR_VISIT
}
