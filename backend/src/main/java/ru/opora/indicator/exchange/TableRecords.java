package ru.opora.indicator.exchange;

import java.io.IOException;
import java.util.List;

/** The records of a table file (CSV or the first sheet of an XLSX book): a header, then rows of text cells. */
interface TableRecords {

    /** The header's column names, trimmed and in lower case; null for an empty file. Must be read first. */
    List<String> header() throws IOException;

    /** The number of the last line (row) read, as the user sees it in the file. */
    int line();

    /** The next record; null at the end of the file. */
    List<String> next() throws IOException;
}
