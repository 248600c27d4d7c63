package ru.opora.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** draft → signed; a correction turns a signed protocol into the draft of its next revision. */
@Schema(name = "MeetingStatus", description = "Протокол: черновик или подписан")
public enum MeetingStatus {
    DRAFT,
    SIGNED
}
