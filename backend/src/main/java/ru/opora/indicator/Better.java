package ru.opora.indicator;

/** Which direction of change is an improvement; decides what counts as positive dynamics. */
public enum Better {
    HIGHER, LOWER, NONE
}
