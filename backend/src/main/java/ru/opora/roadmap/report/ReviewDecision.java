package ru.opora.roadmap.report;

public enum ReviewDecision {
    ACCEPT,
    RETURN
}
