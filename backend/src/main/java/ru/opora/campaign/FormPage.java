package ru.opora.campaign;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FormPage", description = "Страница списка форм кампании")
public record FormPage(List<FormSummary> items, long total, int page, int size) {
}
