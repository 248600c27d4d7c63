package ru.opora.school;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The order that approved a decision: «приказ № 70 от 13.10.2020, Управление образования …». */
@Embeddable
@Schema(name = "ApprovingDocument", description = "Утверждающий документ")
public record ApprovingDocument(
        @Column(name = "document_number", nullable = false, length = 100)
        @NotBlank @Size(max = 100) @Schema(examples = "70", required = true) String number,
        @Column(name = "document_date", nullable = false)
        @NotNull @Schema(examples = "2020-10-13", required = true) LocalDate date,
        @Column(name = "document_authority", nullable = false, length = 300)
        @NotBlank @Size(max = 300) @Schema(examples = "Министерство образования Пензенской области", required = true)
        String authority) {
}
