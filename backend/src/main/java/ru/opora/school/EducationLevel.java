package ru.opora.school;

/** Levels of general education a school teaches: НОО, ООО, СОО. */
public enum EducationLevel {
    PRIMARY, BASIC, SECONDARY
}
