package ru.opora.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeAreEscaped() {
        assertEquals("%100\\%%", LikePatterns.contains("100%"));
        assertEquals("%a\\_b%", LikePatterns.contains("a_b"));
        assertEquals("%c:\\\\x%", LikePatterns.contains("C:\\x"));
    }

    @Test
    void textIsComparedAsSearchColumnsKeepIt() {
        assertEquals("%береза%", LikePatterns.contains("БЕРЁЗА"));
    }
}
