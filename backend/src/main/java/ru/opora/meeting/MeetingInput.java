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

/** A new meeting with its protocol draft; the owner is the caller's organisation. */
@Schema(name = "MeetingInput", description = "Заседание и черновик протокола")
public record MeetingInput(
        @NotNull @Schema(required = true) BodyKind bodyKind,
        @Schema(nullable = true, description = "Рабочая группа своей организации, если заседает она") Long workingGroupId,
        @Size(max = 500) @Schema(nullable = true, description = "Орган в заголовке протокола, как в документе; по умолчанию — название организации",
                examples = "Управление образования администрации Никольского района Пензенской области") String authority,
        @NotBlank @Size(max = 1000) @Schema(required = true, description = "Как в документе после слова «ПРОТОКОЛ»",
                examples = "заседания рабочей группы координаторов, ответственных за реализацию муниципальных управленческих механизмов")
        String title,
        @Size(max = 50) @Schema(nullable = true, examples = "2") String number,
        @NotNull @Schema(required = true) LocalDate heldOn,
        @Size(max = 500) @Schema(nullable = true, examples = "зал Управления образования") String place,
        @NotNull @Schema(required = true) MeetingFormat format,
        @Size(max = 300) @Schema(nullable = true, examples = "Н. П. Кутькова") String chair,
        @Size(max = 300) @Schema(nullable = true, examples = "А.Ю.Сидорова") String secretary,
        @Size(max = 200) @Schema(nullable = true, description = "Присутствовали, как в документе")
        List<@NotBlank @Size(max = 500) String> participants,
        @Min(0) @Max(10000) @Schema(nullable = true, description = "Присутствовали: число") Integer attendeesCount,
        @Size(max = 50) @Schema(nullable = true, description = "Повестка дня") List<@Valid AgendaItemInput> agenda) {
}
