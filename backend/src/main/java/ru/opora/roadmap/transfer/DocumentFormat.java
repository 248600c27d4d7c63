package ru.opora.roadmap.transfer;

import java.util.List;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;

/** The office formats a roadmap or a report is printed in. */
public enum DocumentFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static DocumentFormat parse(String raw) {
        for (DocumentFormat format : values()) {
            if (format.extension().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                return format;
            }
        }
        throw ApiException.badRequest(List.of(new FieldError("format", FieldError.notOneOf(raw, List.of("xlsx", "docx")))));
    }
}
