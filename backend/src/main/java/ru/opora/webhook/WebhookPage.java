package ru.opora.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookPage", description = "Страница подписок организации")
public record WebhookPage(List<WebhookView> items, long total, int page, int size) {
}
