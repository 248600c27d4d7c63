package ru.opora.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetsInput", description = "Все целевые значения показателя в регионе; прежние заменяются")
public record TargetsInput(@NotNull @Size(max = 50) @Schema(required = true) List<@NotNull @Valid TargetView> targets,
                           @NotNull @Schema(required = true, description = "Версия набора целей (targetsVersion), которую видел пользователь; 0 — целей ещё нет")
                           Long version) {
}
