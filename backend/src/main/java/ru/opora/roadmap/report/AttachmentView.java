package ru.opora.roadmap.report;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attachment", description = "Файл, приложенный к отчёту по мероприятию")
public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256,
                             Instant uploadedAt, String uploadedBy) {

    public static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedBy);
    }
}
