package ru.opora.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole protocol draft as it should be now: the heading and the agenda with decisions. Items and decisions
 * with an {@code id} are kept (with their execution), those without are added, those left out are removed.
 */
@Schema(name = "MeetingUpdate", description = "Черновик протокола целиком (с проверкой версии)")
public record MeetingUpdate(
        @NotNull @Schema(required = true) BodyKind bodyKind,
        @Schema(nullable = true) Long workingGroupId,
        @Size(max = 500) @Schema(nullable = true, description = "Орган в заголовке протокола, как в документе; по умолчанию — название организации",
                examples = "Управление образования администрации Никольского района Пензенской области") String authority,
        @NotBlank @Size(max = 1000) @Schema(required = true) String title,
        @Size(max = 50) @Schema(nullable = true) String number,
        @NotNull @Schema(required = true) LocalDate heldOn,
        @Size(max = 500) @Schema(nullable = true) String place,
        @NotNull @Schema(required = true) MeetingFormat format,
        @Size(max = 300) @Schema(nullable = true) String chair,
        @Size(max = 300) @Schema(nullable = true) String secretary,
        @Size(max = 200) @Schema(nullable = true) List<@NotBlank @Size(max = 500) String> participants,
        @Min(0) @Max(10000) @Schema(nullable = true) Integer attendeesCount,
        @Size(max = 50) @Schema(nullable = true) List<@Valid AgendaItemInput> agenda,
        @NotNull @Schema(required = true) Long version) {

    MeetingInput content() {
        return new MeetingInput(bodyKind, workingGroupId, authority, title, number, heldOn, place, format, chair, secretary,
                participants, attendeesCount, agenda);
    }
}
