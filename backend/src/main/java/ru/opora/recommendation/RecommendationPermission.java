package ru.opora.recommendation;

import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.security.Caller;

/** What the caller may do with a recommendation now; the SPA shows only these actions. */
@Schema(name = "RecommendationPermission", description = "Действие с рекомендацией, доступное вызывающему сейчас")
public enum RecommendationPermission {
    EDIT,
    ANSWER,
    COMPLETE,
    WITHDRAW;

    public static List<RecommendationPermission> of(Caller caller, Recommendation r) {
        EnumSet<RecommendationPermission> allowed = EnumSet.noneOf(RecommendationPermission.class);
        boolean issuer = RecommendationAccess.issued(caller, r);
        boolean addressee = RecommendationAccess.addressed(caller, r);
        if (issuer && r.status == RecommendationStatus.ISSUED) {
            allowed.add(EDIT);
        }
        for (RecommendationAction action : RecommendationAction.values()) {
            if (action.allowedFrom(r.status) && (action.byAddressee() ? addressee : issuer)) {
                allowed.add(valueOf(action.name()));
            }
        }
        return List.copyOf(allowed);
    }
}
