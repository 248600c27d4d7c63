package ru.opora.common.text;

/** Small rules for text typed by people, written once. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks, or null when nothing but blanks was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
