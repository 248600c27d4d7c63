package ru.opora.indicator;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorDimension", description = "Разрез показателей (предмет, класс) и его значения")
public record DimensionView(String code, String name, List<Value> values) {

    @Schema(name = "IndicatorDimensionValue")
    public record Value(String code, String name) {
    }
}
