package ru.opora.roadmap;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One date range in which an item is carried out; «март 2025, март 2026» is two windows. */
@Schema(name = "DateWindow", description = "Срок исполнения мероприятия: период дат (включительно)")
public record DateWindow(
        @NotNull @Schema(examples = "2025-03-01", required = true) LocalDate from,
        @NotNull @Schema(examples = "2025-03-31", required = true) LocalDate to) {
}
