package ru.opora.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "Попытка доставки события подписки (или повторная доставка в очереди)")
public record DeliveryView(
        long id,
        @Schema(description = "Позиция события в ленте; это же webhook-id и id события CloudEvents") long position,
        String eventType,
        @Schema(description = "Номер попытки доставить это событие") int attempt,
        @Schema(description = "FEED — по ленте, REDELIVERY — повторная по запросу", enumeration = {"FEED", "REDELIVERY"}) String trigger,
        @Schema(description = "QUEUED — ждёт отправки, SUCCEEDED — получатель ответил 2xx, FAILED — не удалось (будет повтор),"
                + " GAVE_UP — последняя попытка не удалась, событие пропущено",
                enumeration = {"QUEUED", "SUCCEEDED", "FAILED", "GAVE_UP"}) String status,
        @Schema(nullable = true, description = "HTTP-статус ответа получателя") Integer responseStatus,
        @Schema(nullable = true) String error,
        @Schema(nullable = true) Integer durationMs,
        @Schema(nullable = true) String requestedBy,
        Instant createdAt,
        @Schema(nullable = true) Instant attemptedAt) {
}
