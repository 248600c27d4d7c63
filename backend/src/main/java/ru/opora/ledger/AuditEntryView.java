package ru.opora.ledger;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "Запись журнала аудита: кто, когда, что изменил (поле, было → стало), в каком запросе и почему")
public record AuditEntryView(
        @Schema(description = "Позиция записи в журнале и в ленте изменений") long position,
        Instant changedAt,
        @Schema(description = "Пользователь или сервисная учётная запись") String actor,
        @Schema(description = "USER — пользователь, SERVICE — сервисная учётная запись другой системы, SYSTEM — само приложение",
                enumeration = {"USER", "SERVICE", "SYSTEM"}) String actorKind,
        @Schema(nullable = true, description = "Идентификатор запроса (заголовок X-Request-Id)") String requestId,
        @Schema(nullable = true) String reason,
        @Schema(description = "Вид объекта: school, roadmap-item, indicator-value, …") String entityKind,
        String entityId,
        Operation operation,
        @Schema(nullable = true) Long regionId,
        @Schema(nullable = true) Long municipalityId,
        @Schema(nullable = true) Long schoolId,
        @Schema(description = "Тип события CloudEvents в ленте изменений", examples = "ru.opora.school.updated") String eventType,
        @Schema(nullable = true, description = "Предмет события: /regions/58/schools/5818003401") String subject,
        List<FieldChangeView> changes) {
}
