package ru.opora.meeting;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaItem", description = "Вопрос повестки дня: слушали, выступили, постановили")
public record AgendaItemView(
        long id,
        int position,
        String title,
        List<Speech> heard,
        List<Speech> spoke,
        @Schema(nullable = true) Votes votes,
        @Schema(description = "Решения прошлых заседаний, исполнение которых рассматривается") List<DecisionView> controlledDecisions,
        List<DecisionView> decisions) {
}
