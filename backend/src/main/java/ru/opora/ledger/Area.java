package ru.opora.ledger;

/**
 * The part of the API an object belongs to. A service account reads the entries of the areas its scopes grant
 * (registry:read, values:read, roadmaps:read); OTHER is for users only.
 */
public enum Area {
    REGISTRY, VALUES, ROADMAPS, OTHER;

    /** The area of an entity class, by its feature package. */
    static Area of(Class<?> type) {
        String pkg = type.getPackageName();
        if (pkg.equals("ru.opora.region") || pkg.equals("ru.opora.municipality") || pkg.equals("ru.opora.school")) {
            return REGISTRY;
        }
        if (pkg.startsWith("ru.opora.indicator") || pkg.startsWith("ru.opora.campaign")) {
            return VALUES;
        }
        if (pkg.startsWith("ru.opora.roadmap")) {
            return ROADMAPS;
        }
        return OTHER;
    }
}
