package ru.opora.workgroup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A working group of the caller's organisation; {@code version} is required to change a recorded one. */
@Schema(name = "WorkingGroupInput", description = "Рабочая группа: название, приказ, состав")
public record WorkingGroupInput(
        @NotBlank @Size(max = 1000) @Schema(required = true,
                examples = "Рабочая группа по организации работы со школами с низкими результатами обучения") String name,
        @Valid @Schema(nullable = true) ApprovingOrder approvingOrder,
        @Size(max = 100) @Schema(nullable = true) List<@Valid Member> members,
        @Schema(nullable = true, description = "Версия записи; обязательна при изменении") Long version) {
}
