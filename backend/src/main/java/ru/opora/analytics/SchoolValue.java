package ru.opora.analytics;

import java.math.BigDecimal;

/** One school's accepted value for a period, with what it weighs in an aggregate. */
record SchoolValue(long schoolId, long municipalityId, String period, BigDecimal value, int students, BigDecimal denominator) {
}
