package ru.opora.indicator.exchange;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJobPage", description = "Страница списка загрузок организации, новые первыми; отклонённые строки"
        + " каждого задания — в самом задании")
public record ImportJobPage(List<ImportJobView> items, long total, int page, int size) {
}
