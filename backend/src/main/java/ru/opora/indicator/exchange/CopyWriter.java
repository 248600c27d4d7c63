package ru.opora.indicator.exchange;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows as lines of PostgreSQL COPY text, handed on in blocks of about 200 KB that always end with a whole row:
 * into a table with COPY, or to any other consumer of blocks (the staging of an import). Millions of rows cost
 * neither memory nor a round trip each.
 */
final class CopyWriter implements AutoCloseable {

    /**
     * Small enough that a block, its bytes and the driver's copies of them stay below half a G1 heap region: larger
     * ones are allocated as humongous objects straight in the old generation, and a national import then keeps the
     * collector marking concurrently all the time.
     */
    private static final int BLOCK_CHARS = 200_000;

    @FunctionalInterface
    interface Blocks {
        void write(String block) throws SQLException;
    }

    private final Blocks blocks;
    /** The COPY the blocks go into; null when they go elsewhere. */
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BLOCK_CHARS + 4096);
    private boolean first = true;

    private CopyWriter(Blocks blocks, CopyIn copy) {
        this.blocks = blocks;
        this.copy = copy;
    }

    /** Rows into the table's columns with COPY … FROM STDIN on the connection. */
    static CopyWriter into(Connection connection, String table, String columns) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin");
        return new CopyWriter(block -> {
            byte[] bytes = block.getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
        }, copy);
    }

    /** Rows to the consumer, block by block. */
    static CopyWriter to(Blocks blocks) {
        return new CopyWriter(blocks, null);
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
        int first = 0;
        while (first < value.length() && !needsEscape(value.charAt(first))) {
            first++;
        }
        // Codes and numbers, nearly every value, hold nothing to escape and are copied whole.
        if (first == value.length()) {
            return buffer.append(value);
        }
        buffer.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
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

    private static boolean needsEscape(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    CopyWriter number(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    /** So many empty (null) columns. */
    CopyWriter nulls(int count) {
        for (int i = 0; i < count; i++) {
            text(null);
        }
        return this;
    }

    /** Ends the row; hands the block on when it is full. */
    void endRow() throws SQLException {
        buffer.append('\n');
        first = true;
        if (buffer.length() >= BLOCK_CHARS) {
            flush();
        }
    }

    /** Hands on what is left and, into a table, ends the COPY. */
    void finish() throws SQLException {
        flush();
        if (copy != null) {
            copy.endCopy();
        }
    }

    /** Abandons an unfinished COPY; nothing of it is kept. */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
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
        blocks.write(buffer.toString());
        buffer.setLength(0);
    }
}
