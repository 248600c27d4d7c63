package ru.opora.recommendation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a recommendation rests on; the reference is loose (an id and/or a text), as the sources differ. */
@Schema(name = "RecommendationBasisKind", description = "Основание: результат выявления ШНОР/ШНСУ, фактор риска, анализ"
        + " показателей, решение заседания, визит куратора, мониторинг")
public enum BasisKind {
    IDENTIFICATION,
    RISK_FACTOR,
    INDICATOR_ANALYSIS,
    MEETING_DECISION,
    CURATOR_VISIT,
    MONITORING
}
