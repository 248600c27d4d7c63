package ru.opora.recommendation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** issued → answered → done; withdrawn by the issuer from issued or answered. Overdue is computed, not a status. */
@Schema(name = "RecommendationStatus", description = "Выдана, получен ответ, исполнена, отозвана")
public enum RecommendationStatus {
    ISSUED,
    ANSWERED,
    DONE,
    WITHDRAWN;

    public boolean open() {
        return this == ISSUED || this == ANSWERED;
    }
}
