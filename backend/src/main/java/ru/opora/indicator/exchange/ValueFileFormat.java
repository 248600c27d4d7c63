package ru.opora.indicator.exchange;

import java.util.Locale;

/** The exchange formats of indicator values. */
public enum ValueFileFormat {
    CSV("text/csv"), JSON("application/json");

    private final String mediaType;

    ValueFileFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a request body declares by its Content-Type; null if it is neither. */
    public static ValueFileFormat ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || type.startsWith("application/csv") || type.startsWith("text/plain")) {
            return CSV;
        }
        return type.startsWith("application/json") ? JSON : null;
    }
}
