package ru.opora.indicator.value;

import java.math.BigDecimal;
import java.time.Instant;

/** A value as stored for a school, period, indicator and disaggregation. */
public record StoredValue(int indicatorId, int disaggregationId, BigDecimal number, String text, ValueStatus status,
                          String comment, String returnReason, int version, Instant updatedAt, String updatedBy) {

    public Key key() {
        return new Key(indicatorId, disaggregationId);
    }

    public record Key(int indicatorId, int disaggregationId) {
    }
}
