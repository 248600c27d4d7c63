package ru.opora.recommendation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom within the addressee a recommendation speaks to. */
@Schema(name = "RecommendationAudience", description = "Для кого: администрация, педагоги, родители, обучающиеся")
public enum Audience {
    ADMINISTRATION,
    TEACHERS,
    PARENTS,
    STUDENTS
}
