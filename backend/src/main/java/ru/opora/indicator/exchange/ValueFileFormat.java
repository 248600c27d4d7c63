package ru.opora.indicator.exchange;

import java.util.Locale;

/** The exchange formats of indicator values. */
public enum ValueFileFormat {
    CSV("text/csv"), JSON("application/json"),
    /** Loaded only (the first sheet, as the CSV: a header row, then a row per value); exports are CSV or JSON. */
    XLSX(ValueFileFormat.XLSX_TYPE);

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        if (type.startsWith(XLSX.mediaType)) {
            return XLSX;
        }
        return type.startsWith("application/json") ? JSON : null;
    }
}
