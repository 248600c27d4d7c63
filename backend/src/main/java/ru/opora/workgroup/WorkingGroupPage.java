package ru.opora.workgroup;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkingGroupPage", description = "Страница списка рабочих групп")
public record WorkingGroupPage(List<WorkingGroupView> items, long total, int page, int size) {
}
