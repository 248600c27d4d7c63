package ru.opora.school;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolPage", description = "Страница реестра школ")
public record SchoolPage(
        List<SchoolSummary> items,
        @Schema(description = "Всего школ по фильтру") long total,
        @Schema(description = "Номер страницы, с 1") int page,
        @Schema(description = "Размер страницы") int size,
        @Schema(description = "Год, за который показаны категории") int year) {
}
