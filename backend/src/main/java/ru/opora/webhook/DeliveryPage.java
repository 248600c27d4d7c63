package ru.opora.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDeliveryPage", description = "Журнал доставки подписки, от новых попыток к старым")
public record DeliveryPage(List<DeliveryView> items, long total, int page, int size) {
}
