package ru.opora.ledger;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditPage", description = "Страница журнала аудита, от новых записей к старым")
public record AuditPage(
        List<AuditEntryView> items,
        @Schema(nullable = true, description = "Курсор следующей (более старой) страницы: передайте его в before; null — записей больше нет")
        String nextCursor) {
}
