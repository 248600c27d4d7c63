package ru.opora.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingFormat", description = "Формат: очно, дистанционно, смешанный")
public enum MeetingFormat {
    IN_PERSON,
    REMOTE,
    MIXED
}
