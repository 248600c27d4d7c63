package ru.opora.recommendation;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationAction", description = "ANSWER — ответ адресата; COMPLETE — адресат отмечает исполнение"
        + " с подтверждениями; WITHDRAW — выдавший отзывает рекомендацию с причиной")
public enum RecommendationAction {
    ANSWER(EnumSet.of(RecommendationStatus.ISSUED)),
    COMPLETE(EnumSet.of(RecommendationStatus.ISSUED, RecommendationStatus.ANSWERED)),
    WITHDRAW(EnumSet.of(RecommendationStatus.ISSUED, RecommendationStatus.ANSWERED));

    private final Set<RecommendationStatus> from;

    RecommendationAction(Set<RecommendationStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(RecommendationStatus status) {
        return from.contains(status);
    }

    /** Whether the addressee (true) or the issuer (false) takes this action. */
    public boolean byAddressee() {
        return this != WITHDRAW;
    }
}
