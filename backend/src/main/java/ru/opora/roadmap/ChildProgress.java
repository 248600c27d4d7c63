package ru.opora.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the roadmaps of the level below carry out one item: «выполнено в 14 из 22 муниципалитетов». */
@Schema(name = "ChildProgress", description = "Исполнение мероприятия нижестоящими дорожными картами")
public record ChildProgress(
        @Schema(description = "Дорожных карт, реализующих мероприятие") long implementing,
        @Schema(description = "Из них отчитались о выполнении") long done,
        @Schema(description = "Из них отчитались, что не выполнено") long notDone) {
}
