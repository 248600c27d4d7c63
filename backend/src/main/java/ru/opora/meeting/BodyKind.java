package ru.opora.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body whose meeting it is. */
@Schema(name = "MeetingBodyKind", description = "Орган: рабочая группа, коллегия, методический совет, совещание, иной")
public enum BodyKind {
    WORKING_GROUP,
    COLLEGIUM,
    METHODOLOGICAL_COUNCIL,
    CONFERENCE,
    OTHER
}
