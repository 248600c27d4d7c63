package ru.opora.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValuesInput", description = "Изменённые поля формы; сохраняются все вместе или ни одно")
public record ValuesInput(@NotNull @Size(min = 1, max = 2000) @Schema(required = true) List<@NotNull @Valid ValueInput> values) {
}
