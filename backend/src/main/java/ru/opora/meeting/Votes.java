package ru.opora.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** «Голосовали единогласно» or the counts. */
@Schema(name = "Votes", description = "Итоги голосования: единогласно или числа голосов")
public record Votes(
        @Schema(required = true, description = "Голосовали единогласно") boolean unanimous,
        @Min(0) @Max(10000) @Schema(nullable = true) Integer votesFor,
        @Min(0) @Max(10000) @Schema(nullable = true) Integer against,
        @Min(0) @Max(10000) @Schema(nullable = true) Integer abstained) {
}
