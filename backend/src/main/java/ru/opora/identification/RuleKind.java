package ru.opora.identification;

/** An entry rule puts a school on the list; an exit rule takes a listed school off it. */
public enum RuleKind {
    ENTRY, EXIT
}
