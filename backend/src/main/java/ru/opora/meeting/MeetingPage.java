package ru.opora.meeting;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingPage", description = "Страница списка заседаний")
public record MeetingPage(List<MeetingSummary> items, long total, int page, int size,
                          @Schema(description = "Дата, на которую вычислены просрочки") LocalDate asOf) {
}
