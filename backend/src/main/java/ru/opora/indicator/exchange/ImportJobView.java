package ru.opora.indicator.exchange;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "Задание загрузки значений: ход выполнения и итог")
public record ImportJobView(
        long id,
        @Schema(description = "VALUES — значения по кодам, TEMPLATE — шаблон кампании, ASSESSMENT — результаты оценочных процедур")
        String kind,
        String format,
        @Schema(description = "Пробная загрузка: проверить и посчитать, ничего не сохраняя") boolean dryRun,
        @Schema(description = "QUEUED, RUNNING, DONE (всё сохранено или проверено), REJECTED (есть ошибки — ничего не сохранено), FAILED")
        String status,
        @Schema(description = "Этап: UPLOAD, VALIDATE, APPLY, DONE") String phase,
        long totalRows,
        long processedRows,
        @Schema(description = "Готовность, %") int progress,
        long created,
        long updated,
        long unchanged,
        long rejected,
        @Schema(description = "Первые отклонённые строки с причинами") List<Rejection> rejections,
        @Schema(nullable = true) String failure,
        @Schema(nullable = true) String fileName,
        Instant createdAt,
        @Schema(description = "Логин загрузившего") String createdBy,
        @Schema(description = "Имя загрузившего, как его читают люди (логин, если имя неизвестно)") String createdByName,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt) {

    @Schema(name = "ImportRejection", description = "Отклонённая строка файла и причина")
    public record Rejection(@Schema(description = "Номер строки файла (CSV — с заголовком, JSON — номер элемента)") int row,
                            String field, String message) {
    }
}
