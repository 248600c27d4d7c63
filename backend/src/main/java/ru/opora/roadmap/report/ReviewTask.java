package ru.opora.roadmap.report;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.roadmap.OrganisationView;
import ru.opora.roadmap.RoadmapLevel;

@Schema(name = "ReviewTask", description = "Сданный отчёт, ожидающий решения вызывающего")
public record ReviewTask(
        long roadmapId,
        String roadmapTitle,
        RoadmapLevel level,
        OrganisationView owner,
        String period,
        String periodLabel,
        LocalDate dueOn,
        Instant submittedAt,
        @Schema(description = "Логин сдавшего") String submittedBy,
        @Schema(description = "Имя сдавшего, как его читают люди (логин, если имя неизвестно)") String submittedByName,
        @Schema(description = "Сдан позже срока") boolean late,
        long version) {
}
