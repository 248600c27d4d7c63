package ru.opora.identification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriteriaSetPage", description = "Страница наборов критериев")
public record CriteriaSetPage(List<CriteriaSetSummary> items, long total, int page, int size) {
}
