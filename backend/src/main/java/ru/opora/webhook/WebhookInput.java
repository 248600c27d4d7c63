package ru.opora.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput", description = "Подписка на ленту изменений; version — только при изменении, из последнего чтения")
public record WebhookInput(
        @NotBlank @Size(max = 2000) @Schema(description = "Адрес получателя (HTTPS; должен подходить под разрешённые шаблоны"
                + " сервера и не вести во внутреннюю сеть)", examples = "https://edu.example.ru/opora/webhook", required = true)
        String url,
        @NotNull @Size(max = 50) @Schema(description = "Типы событий, точно или с «*» в конце; пустой список — все события",
                examples = "[\"ru.opora.indicator-value.accepted\"]", required = true)
        List<@NotBlank @Size(max = 121) String> eventTypes,
        @Size(max = 300) @Schema(nullable = true) String description,
        @NotNull @Schema(description = "Доставлять ли события", required = true) Boolean active,
        @Schema(nullable = true, description = "Версия подписки при изменении (при создании не нужна)") Long version) {
}
