package ru.opora.roadmap.transfer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapImportResult", description = "Итог проверки или загрузки мероприятий из файла")
public record ImportResult(
        boolean dryRun,
        @Schema(description = "Мероприятия сохранены") boolean committed,
        int sectionsCreated,
        int itemsCreated,
        @Schema(description = "Строк с ошибками") int errorCount,
        List<ImportRow> rows) {
}
