package ru.opora.scorecard.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import ru.opora.scorecard.Criterion;
import ru.opora.scorecard.Evaluation;
import ru.opora.scorecard.Figure;
import ru.opora.scorecard.MunicipalityFacts;
import ru.opora.scorecard.MunicipalityFacts.MonitoringFacts;
import ru.opora.scorecard.Threshold;

/**
 * 4. Monitoring of the dynamics of results: the completeness of the municipality's schools in the year's collection
 * campaigns (forms accepted of forms expected) and, for its programme's schools, whether accepted values of the region's
 * indicators of effectiveness of this year and the year before allow their dynamics to be analysed. The score is the completeness, averaged with the share of
 * programme schools with dynamics when it has such schools.
 */
@ApplicationScoped
public class MonitoringCriterion implements CriterionEvaluator {

    @Override
    public Criterion criterion() {
        return Criterion.MONITORING;
    }

    @Override
    public Evaluation evaluate(MunicipalityFacts facts, Threshold threshold) {
        MonitoringFacts m = facts.monitoring();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count("campaigns", "Сборов данных за год", m.campaigns()));
        figures.add(Figure.of("formsAccepted", "Формы школ приняты", m.formsAccepted(), m.formsExpected()));
        figures.add(Figure.count("formsSubmitted", "Формы на проверке", m.formsSubmitted()));
        figures.add(Figure.count("programmeSchools", "Школ программы (ШНОР)", m.programmeSchools()));
        figures.add(Figure.of("withValues", "Школы программы со значениями показателей эффективности за год", m.withValues(), m.programmeSchools()));
        figures.add(Figure.of("withDynamics", "Школы программы с данными для анализа динамики", m.withDynamics(),
                m.programmeSchools()));
        if (m.formsExpected() == 0) {
            return Evaluation.noData(criterion(), figures, "За " + facts.year()
                    + " год нет сборов данных, в которых участвуют школы муниципалитета.", m.stamp());
        }
        BigDecimal completeness = Evaluation.share(m.formsAccepted(), m.formsExpected());
        BigDecimal score = m.programmeSchools() == 0 ? completeness
                : completeness.add(Evaluation.share(m.withDynamics(), m.programmeSchools()))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        String reason = m.programmeSchools() > m.withDynamics()
                ? "Школ программы без данных для анализа динамики: " + (m.programmeSchools() - m.withDynamics()) + "."
                : null;
        return Evaluation.scored(criterion(), score, threshold, figures, reason, m.stamp());
    }
}
