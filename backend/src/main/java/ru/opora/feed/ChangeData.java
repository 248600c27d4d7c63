package ru.opora.feed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.ledger.FieldChangeView;
import ru.opora.ledger.Operation;

@Schema(name = "ChangeData", description = "Данные события: объект, что с ним сделано и какие поля изменились")
public record ChangeData(
        @Schema(examples = "school") String entityKind,
        String entityId,
        Operation operation,
        @Schema(nullable = true) Long regionId,
        @Schema(nullable = true) Long municipalityId,
        @Schema(nullable = true) Long schoolId,
        String actor,
        @Schema(enumeration = {"USER", "SERVICE", "SYSTEM"}) String actorKind,
        @Schema(nullable = true) String requestId,
        @Schema(nullable = true) String reason,
        List<FieldChangeView> changes) {
}
