package ru.opora.roadmap.report;

import java.util.Map;

/**
 * The media type an attachment is served with, decided by us from its extension, never taken from the client; the
 * content must be of that type (FileContent, Apache Tika) or the upload is refused.
 */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"));

    private ContentTypes() {
    }

    static String byExtension(String extension) {
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
