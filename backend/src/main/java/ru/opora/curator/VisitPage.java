package ru.opora.curator;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CuratorVisitPage", description = "Страница списка визитов кураторов")
public record VisitPage(List<VisitView> items, long total, int page, int size) {
}
