package ru.opora.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapDirection", description = "Направление (система управления), к которому относится дорожная карта")
public record DirectionView(
        @Schema(examples = "1.2") String code,
        @Schema(examples = "Управление качеством образовательных результатов") String area,
        String name) {

    public static DirectionView of(RoadmapDirection direction) {
        return new DirectionView(direction.code, direction.area, direction.name);
    }
}
