package ru.opora.roadmap;

/** What the caller may do with a roadmap, so that the SPA shows only the buttons that will work. */
public enum RoadmapPermission {
    EDIT,
    TRANSITION,
    REPORT,
    REVIEW,
    CASCADE
}
