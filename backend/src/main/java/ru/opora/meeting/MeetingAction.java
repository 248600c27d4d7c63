package ru.opora.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of a protocol's status by its owner. */
@Schema(name = "MeetingAction", description = "SIGN — подписать черновик; CORRECT — открыть исправление подписанного (новая редакция с причиной)")
public enum MeetingAction {
    /** draft → signed: the document of this revision is kept as signed. */
    SIGN,
    /** signed → draft of the next revision, with a reason; decisions and their execution stay. */
    CORRECT
}
