package ru.opora.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FormReview", description = "Решение муниципалитета по сданной форме")
public record FormReview(
        @NotNull @Schema(required = true) Decision decision,
        @Size(max = 2000) @Schema(description = "Причина возврата формы целиком") String reason,
        @Size(max = 2000) @Schema(description = "Возвращаемые значения, каждое со своей причиной") List<@NotNull @Valid ReturnedValue> values,
        @NotNull @Schema(required = true) Long version) {

    public enum Decision { ACCEPT, RETURN }

    @Schema(name = "ReturnedValue", description = "Значение, возвращаемое на доработку")
    public record ReturnedValue(
            @NotNull @Schema(required = true) Integer indicatorId,
            @Size(max = 200) String disaggregation,
            @NotBlank @Size(max = 2000) @Schema(required = true) String reason) {
    }
}
