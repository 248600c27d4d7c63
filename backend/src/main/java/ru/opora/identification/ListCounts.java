package ru.opora.identification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IdentificationListCounts", description = "Состав решения: в перечне, вошли, остались, добавлены экспертом,"
        + " исключены экспертом, вышли")
public record ListCounts(int listed, int entering, int staying, int added, int excluded, int leaving) {
}
