package ru.opora.identification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The order that approves a list: «приказ № 87/01-07 от 20.01.2026, Министерство образования Пензенской области». */
@Embeddable
@Schema(name = "ApprovalOrder", description = "Документ об утверждении перечня: вид, номер, дата, орган")
public record ApprovalOrder(
        @Column(name = "document_kind", length = 100)
        @NotBlank @Size(max = 100) @Schema(examples = "Приказ", required = true) String kind,
        @Column(name = "document_number", length = 100)
        @NotBlank @Size(max = 100) @Schema(examples = "87/01-07", required = true) String number,
        @Column(name = "document_date")
        @NotNull @Schema(examples = "2026-01-20", required = true) LocalDate date,
        @Column(name = "document_authority", length = 300)
        @NotBlank @Size(max = 300) @Schema(examples = "Министерство образования Пензенской области", required = true)
        String authority) {

    public ApprovalOrder stripped() {
        return new ApprovalOrder(kind.strip(), number.strip(), date, authority.strip());
    }

    /** «к приказу № 87/01-07 от 20.01.2026» (the kinds orders have; another kind is named as it is). */
    public String appendixTo() {
        String lower = kind.toLowerCase(java.util.Locale.ROOT);
        String dative = lower.endsWith("ие") ? lower.substring(0, lower.length() - 1) + "ю"
                : lower.matches(".*[бвгджзклмнпрстфхцчшщ]$") ? lower + "у" : null;
        String tail = " № " + number + " от " + date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        return dative == null ? "к документу «" + kind + "»" + tail : "к " + dative + tail;
    }

    /** «приказ № 87/01-07 от 20.01.2026». */
    public String words() {
        return kind.toLowerCase(java.util.Locale.ROOT) + " № " + number + " от "
                + date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
