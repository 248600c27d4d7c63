package ru.opora.curator;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CuratorAssignmentPage", description = "Страница списка закреплений школ за кураторами")
public record AssignmentPage(List<AssignmentView> items, long total, int page, int size) {
}
