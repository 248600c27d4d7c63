package ru.opora.school;

import java.util.EnumSet;
import java.util.Set;

/** Levels of general education a school teaches: НОО, ООО, СОО. */
public enum EducationLevel {
    PRIMARY, BASIC, SECONDARY;

    /** The levels a school teaches, from its three flags as stored. */
    public static Set<EducationLevel> of(boolean primary, boolean basic, boolean secondary) {
        Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
        if (primary) {
            levels.add(PRIMARY);
        }
        if (basic) {
            levels.add(BASIC);
        }
        if (secondary) {
            levels.add(SECONDARY);
        }
        return levels;
    }
}
