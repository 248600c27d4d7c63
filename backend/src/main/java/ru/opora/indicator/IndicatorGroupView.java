package ru.opora.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorGroup", description = "Группа показателей (справочник)")
public record IndicatorGroupView(String code, String scheme, String name, int position) {
}
