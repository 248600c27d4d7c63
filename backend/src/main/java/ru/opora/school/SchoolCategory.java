package ru.opora.school;

/** Categories a school is assigned for a year by an approving document. */
public enum SchoolCategory {
    /** Школа с низкими образовательными результатами. */
    SHNOR,
    /** Школа, функционирующая в неблагоприятных социальных условиях. */
    SHNSU,
    /** Участник федерального проекта «500+». */
    PROJECT_500_PLUS,
    /** Школа-лидер со стабильно высокими результатами (школа-консультант, школа-куратор). */
    LEADER,
    /** Признаки необъективности результатов оценочных процедур. */
    NON_OBJECTIVE_RESULTS
}
