package ru.opora.scorecard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The six criteria of seed 002 by which the region assesses how a municipality carries out its roadmap of direction
 * 1.2 (work with schools with low results), in the order of the seed.
 */
@Schema(name = "ScorecardCriterion", description = "Критерий оценки реализации муниципальной дорожной карты (семя 002)")
public enum Criterion {
    ROADMAP(1, "Наличие дорожной карты"),
    MEASURES(2, "Соответствие информации о проведённых мероприятиях содержанию дорожной карты"),
    SUPPORT(3, "Организация консультационного и методического сопровождения ШНОР"),
    MONITORING(4, "Проведение мониторинга динамики образовательных результатов ШНОР"),
    RECOMMENDATIONS(5, "Наличие рекомендаций для ШНОР"),
    PUBLICITY(6, "Информационное сопровождение мероприятий");

    private final int number;
    private final String title;

    Criterion(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }
}
