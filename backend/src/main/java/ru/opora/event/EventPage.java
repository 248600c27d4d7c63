package ru.opora.event;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MethodEventPage", description = "Страница списка методических мероприятий")
public record EventPage(List<EventView> items, long total, int page, int size) {
}
