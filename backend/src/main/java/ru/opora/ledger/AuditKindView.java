package ru.opora.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditKind", description = "Вид объекта журнала аудита")
public record AuditKindView(
        @Schema(examples = "school") String kind,
        @Schema(description = "Часть API: registry, values, roadmaps, other", enumeration = {"registry", "values", "roadmaps", "other"})
        String area) {
}
