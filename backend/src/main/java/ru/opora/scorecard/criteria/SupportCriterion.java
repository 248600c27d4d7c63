package ru.opora.scorecard.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import ru.opora.scorecard.Criterion;

/** 3. Consultation and methodological support of the municipality's ШНОР: not computed until its data is kept. */
@ApplicationScoped
public class SupportCriterion extends NotYetComputed {

    @Override
    public Criterion criterion() {
        return Criterion.SUPPORT;
    }

    @Override
    String missing() {
        return "методические мероприятия, визиты кураторов и пары школ";
    }
}
