package ru.opora.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The act that approved a roadmap: «распоряжение № 3.12-132-р от 08.02.2021, Министерство образования …». */
@Embeddable
@Schema(name = "RoadmapDocument", description = "Документ об утверждении дорожной карты")
public record RoadmapDocument(
        @Column(name = "document_kind", length = 100)
        @NotBlank @Size(max = 100) @Schema(examples = "Распоряжение", required = true) String kind,
        @Column(name = "document_number", length = 100)
        @NotBlank @Size(max = 100) @Schema(examples = "3.12-132-р", required = true) String number,
        @Column(name = "document_date")
        @NotNull @Schema(examples = "2021-02-08", required = true) LocalDate date,
        @Column(name = "document_authority", length = 300)
        @NotBlank @Size(max = 300) @Schema(examples = "Министерство образования Сахалинской области", required = true)
        String authority) {

    public RoadmapDocument stripped() {
        return new RoadmapDocument(kind.strip(), number.strip(), date, authority.strip());
    }
}
