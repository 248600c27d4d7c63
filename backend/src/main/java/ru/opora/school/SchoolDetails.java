package ru.opora.school;

import java.util.Set;

/** The editable details shared by the create and update requests. */
interface SchoolDetails {

    /** INN (10 digits) or another code: digits, Latin letters and dashes. */
    String CODE_PATTERN = "[0-9A-Za-z-]{4,20}";

    String code();

    String fullName();

    String shortName();

    String address();

    SettlementType settlementType();

    Set<EducationLevel> levels();

    Integer studentsCount();

    Integer teachersCount();
}
