package ru.opora.workgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The order that formed a working group: «приказ № 520 от 18.09.2022, Управление образования …». */
@Embeddable
@Schema(name = "ApprovingOrder", description = "Приказ (распоряжение) о создании: вид, номер, дата, орган")
public record ApprovingOrder(
        @Column(name = "order_kind", length = 100)
        @NotBlank @Size(max = 100) @Schema(required = true, examples = "Приказ") String kind,
        @Column(name = "order_number", length = 100)
        @NotBlank @Size(max = 100) @Schema(required = true, examples = "520") String number,
        @Column(name = "order_date")
        @NotNull @Schema(required = true, examples = "2022-09-18") LocalDate date,
        @Column(name = "order_authority", length = 300)
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Управление образования Каменск-Уральского городского округа")
        String authority) {

    ApprovingOrder stripped() {
        return new ApprovingOrder(kind.strip(), number.strip(), date, authority.strip());
    }
}
