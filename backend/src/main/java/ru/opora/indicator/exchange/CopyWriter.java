package ru.opora.indicator.exchange;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into a table with PostgreSQL COPY (text format), sent in batches of about a megabyte: millions of rows
 * cost neither memory nor a round trip each.
 */
final class CopyWriter implements AutoCloseable {

    private static final int BATCH_CHARS = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BATCH_CHARS + 4096);
    private boolean first = true;

    CopyWriter(Connection connection, String table, String columns) throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    CopyWriter text(String value) {
        separate();
        escape(buffer, value);
        return this;
    }

    /** A value in COPY text form: \N for null, with backslash, tab and line breaks escaped. */
    static StringBuilder escape(StringBuilder buffer, String value) {
        if (value == null) {
            return buffer.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return buffer;
    }

    CopyWriter number(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    /** Ends the row; sends the batch when it is full. */
    void endRow() throws SQLException {
        buffer.append('\n');
        first = true;
        if (buffer.length() >= BATCH_CHARS) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the number of rows the server took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Abandons an unfinished COPY; nothing of it is kept. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
