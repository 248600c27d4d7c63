package ru.opora.indicator.exchange;

import java.io.IOException;

/** Where a parser puts the rows it reads. */
@FunctionalInterface
public interface RowSink {
    void accept(ValueRow row) throws IOException;
}
