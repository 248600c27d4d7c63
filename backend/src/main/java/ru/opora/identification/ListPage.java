package ru.opora.identification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IdentificationListPage", description = "Страница утверждённых перечней")
public record ListPage(List<ListSummary> items, long total, int page, int size) {
}
