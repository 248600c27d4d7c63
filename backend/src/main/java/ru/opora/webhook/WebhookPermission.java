package ru.opora.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a subscription now. */
@Schema(name = "WebhookPermission", description = "Действие с подпиской, доступное вызывающему сейчас")
public enum WebhookPermission {
    EDIT,
    DELETE,
    REDELIVER
}
