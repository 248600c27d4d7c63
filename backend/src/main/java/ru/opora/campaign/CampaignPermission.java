package ru.opora.campaign;

import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.security.Caller;

/** What the caller may do with a campaign now: its owner edits a draft, opens, closes and reopens it. */
@Schema(name = "CampaignPermission", description = "Действие с кампанией, доступное вызывающему сейчас")
public enum CampaignPermission {
    EDIT,
    OPEN,
    CLOSE,
    REOPEN;

    static List<CampaignPermission> of(Caller caller, Campaign campaign) {
        if (!CampaignAccess.owns(caller, campaign)) {
            return List.of();
        }
        return List.copyOf(switch (campaign.status) {
            case DRAFT -> EnumSet.of(EDIT, OPEN);
            case OPEN -> EnumSet.of(CLOSE);
            case CLOSED -> EnumSet.of(REOPEN);
        });
    }
}
