package ru.opora.identification;

import ru.opora.school.SchoolCategory;

/** The categories as orders name them. */
public final class Categories {

    private Categories() {
    }

    /** «ШНОР», «ШНСУ», «школ с признаками необъективности результатов». */
    public static String plural(SchoolCategory category) {
        return switch (category) {
            case SHNOR -> "ШНОР";
            case SHNSU -> "ШНСУ";
            case NON_OBJECTIVE_RESULTS -> "школ с признаками необъективности результатов";
            case PROJECT_500_PLUS -> "участников проекта «500+»";
            case LEADER -> "школ-лидеров";
        };
    }

    /** One school's category: «ШНОР», «признаки необъективности результатов». */
    public static String single(SchoolCategory category) {
        return switch (category) {
            case SHNOR -> "ШНОР";
            case SHNSU -> "ШНСУ";
            case NON_OBJECTIVE_RESULTS -> "признаки необъективности результатов";
            case PROJECT_500_PLUS -> "участник проекта «500+»";
            case LEADER -> "школа-лидер";
        };
    }
}
