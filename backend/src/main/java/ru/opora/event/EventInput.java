package ru.opora.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A methodological event as its organiser records it; {@code version} is required to change a recorded one. */
@Schema(name = "EventInput", description = "Методическое мероприятие")
public record EventInput(
        @NotNull @Schema(required = true) EventKind kind,
        @NotNull @Schema(required = true) LocalDate heldOn,
        @Size(max = 500) @Schema(nullable = true, description = "Организатор, как в документах; по умолчанию — организация вызывающего",
                examples = "ГАУ ДПО «Институт регионального развития Пензенской области»") String organiserName,
        @NotBlank @Size(max = 1000) @Schema(required = true, examples = "Анализ результатов ВПР и планирование работы ШНОР")
        String topic,
        @Size(max = 4000) @Schema(nullable = true) String description,
        @Valid @Schema(nullable = true) EventAudience audience,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{opora.url}")
        @Schema(nullable = true, description = "Ссылка на публикацию о мероприятии", examples = "https://iro58.ru/news/1234")
        String publicationUrl,
        @Size(max = 2000) @Schema(nullable = true, description = "Участники по школам (только числа)")
        List<@Valid Attendance> attendance,
        @Schema(nullable = true, description = "Мероприятие дорожной карты своей организации, которое оно выполняет")
        Long roadmapItemId,
        @Schema(nullable = true, description = "Версия записи; обязательна при изменении") Long version) {
}
