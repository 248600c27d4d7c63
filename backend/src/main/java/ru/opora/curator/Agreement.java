package ru.opora.curator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkAgreement", description = "Договор о сетевом взаимодействии: номер и дата")
public record Agreement(
        @NotBlank @Size(max = 100) @Schema(required = true, examples = "14-С") String number,
        @NotNull @Schema(required = true, examples = "2026-02-10") LocalDate date) {
}
