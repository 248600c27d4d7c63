package ru.opora.roadmap;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapSection", description = "Блок дорожной карты с мероприятиями")
public record SectionView(long id, int position, String title, long version, List<ItemView> items) {
}
