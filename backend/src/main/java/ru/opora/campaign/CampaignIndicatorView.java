package ru.opora.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignIndicator", description = "Показатель в наборе кампании")
public record CampaignIndicatorView(int id, String code, String name, String groupCode, boolean computed) {
}
