package ru.opora.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many people of a school took part: a count, never names. */
@Schema(name = "EventAttendance", description = "Участники от школы: только число")
public record Attendance(
        @NotNull @Schema(required = true) Long schoolId,
        @NotNull @Min(0) @Max(10000) @Schema(required = true) Integer participants) {
}
