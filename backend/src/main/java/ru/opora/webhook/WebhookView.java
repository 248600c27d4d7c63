package ru.opora.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "Подписка организации на ленту изменений и состояние её доставки")
public record WebhookView(
        long id,
        String url,
        List<String> eventTypes,
        @Schema(nullable = true) String description,
        boolean active,
        @Schema(description = "Секрет подписи Standard Webhooks (whsec_…): получатель проверяет им webhook-signature")
        String secret,
        @Schema(description = "Позиция последнего доставленного (или пропущенного) события ленты") long lastPosition,
        @Schema(description = "Неудачных попыток доставить следующее событие") int failedAttempts,
        @Schema(nullable = true, description = "Когда будет следующая попытка, если предыдущая не удалась") Instant nextAttemptAt,
        @Schema(nullable = true) String lastError,
        long version,
        Instant createdAt,
        String createdBy,
        List<WebhookPermission> allowed) {
}
