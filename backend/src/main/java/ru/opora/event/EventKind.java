package ru.opora.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventKind", description = "Вид мероприятия: семинар, тренинг, мастер-класс, консультация, вебинар,"
        + " совещание, круглый стол")
public enum EventKind {
    SEMINAR,
    TRAINING,
    MASTER_CLASS,
    CONSULTATION,
    WEBINAR,
    MEETING,
    ROUND_TABLE
}
