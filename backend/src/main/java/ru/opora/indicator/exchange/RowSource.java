package ru.opora.indicator.exchange;

import java.io.IOException;

/** Something that yields the rows of an import (a value file, a campaign template, assessment results). */
@FunctionalInterface
public interface RowSource {
    /** Gives every row to the sink; returns how many there were. */
    int read(RowSink sink) throws IOException;
}
