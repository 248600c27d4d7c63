package ru.opora.roadmap.transfer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportRow", description = "Строка импортируемого файла и её проблемы")
public record ImportRow(
        @Schema(description = "Номер строки в файле, с 1") int row,
        Kind kind,
        @Schema(nullable = true) String number,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String timeframe,
        @Schema(description = "Ошибки: с ними загрузка невозможна") List<String> errors,
        @Schema(description = "Предупреждения: загрузка возможна") List<String> warnings) {

    public enum Kind {
        SECTION,
        ITEM,
        EMPTY
    }
}
