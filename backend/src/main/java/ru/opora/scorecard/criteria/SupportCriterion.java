package ru.opora.scorecard.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import ru.opora.scorecard.Criterion;
import ru.opora.scorecard.Evaluation;
import ru.opora.scorecard.Figure;
import ru.opora.scorecard.MunicipalityFacts;
import ru.opora.scorecard.MunicipalityFacts.SupportFacts;
import ru.opora.scorecard.Threshold;

/**
 * 3. Consultation and methodological support of the municipality's ШНОР: the share of its programme's schools that
 * received any support by the as-of date — a methodological event held for them, a curator's visit held, or a partner
 * school of the year. Shown beside it: how many schools each kind reached and how many events and visits there were.
 */
@ApplicationScoped
public class SupportCriterion implements CriterionEvaluator {

    @Override
    public Criterion criterion() {
        return Criterion.SUPPORT;
    }

    @Override
    public Evaluation evaluate(MunicipalityFacts facts, Threshold threshold) {
        SupportFacts s = facts.support();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count("programmeSchools", "Школ программы (ШНОР) в году", s.programmeSchools()));
        figures.add(Figure.of("supported", "Получили сопровождение", s.supported(), s.programmeSchools()));
        figures.add(Figure.of("withEvents", "Участвовали в методических мероприятиях", s.withEvents(), s.programmeSchools()));
        figures.add(Figure.count("events", "Методических мероприятий для них", s.events()));
        figures.add(Figure.of("withVisits", "Посещены кураторами", s.withVisits(), s.programmeSchools()));
        figures.add(Figure.count("visits", "Визитов кураторов проведено", s.visits()));
        figures.add(Figure.of("withPartner", "Имеют школу-партнёра", s.withPartner(), s.programmeSchools()));
        if (s.programmeSchools() == 0) {
            return Evaluation.noData(criterion(), figures,
                    "В " + facts.year() + " году у муниципалитета нет школ программы: сопровождать некого.", s.stamp());
        }
        long without = s.programmeSchools() - s.supported();
        return Evaluation.scored(criterion(), Evaluation.share(s.supported(), s.programmeSchools()), threshold, figures,
                without > 0 ? "Школ программы без сопровождения: " + without + "." : null, s.stamp());
    }
}
