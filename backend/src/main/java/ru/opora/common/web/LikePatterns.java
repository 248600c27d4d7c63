package ru.opora.common.web;

import java.util.Locale;

/**
 * The one place a user's search text becomes a SQL {@code LIKE} pattern. The text is compared as the search columns
 * store it (lower case, «ё» as «е»), and its wildcards {@code %} and {@code _} and the escape character itself
 * are escaped, so that they match only themselves. Every query that uses a pattern from here writes
 * {@code like :param escape '\'} ({@link #ESCAPE_CLAUSE}).
 */
public final class LikePatterns {

    /** The clause that goes after {@code like :param} in every query using a pattern of this class. */
    public static final String ESCAPE_CLAUSE = " escape '\\'";

    private LikePatterns() {
    }

    /** A pattern that finds {@code text} anywhere in a normalized search column. */
    public static String contains(String text) {
        return "%" + escape(normalize(text)) + "%";
    }

    /** Lower case, «ё» as «е»: how search columns (school.search_text, a roadmap's title as searched) are kept. */
    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** {@code \}, {@code %} and {@code _} escaped with a backslash. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
