package ru.opora.indicator.exchange;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams the rows of an uploaded file into the job's unlogged staging table with PostgreSQL COPY, so that an
 * upload of millions of rows costs neither memory nor per-row round trips.
 */
@ApplicationScoped
public class ImportStaging {

    private static final int BATCH_BYTES = 1 << 20;
    private static final int PROGRESS_EVERY = 200_000;

    private final AgroalDataSource dataSource;
    private final ImportJobs jobs;

    ImportStaging(AgroalDataSource dataSource, ImportJobs jobs) {
        this.dataSource = dataSource;
        this.jobs = jobs;
    }

    public static String table(long jobId) {
        return "indicator_import.job_" + jobId;
    }

    /** Reads the whole body into the staging table; returns the number of rows. */
    public int load(long jobId, RowSource source) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("create unlogged table " + table(jobId) + " (row_no integer not null, school text, indicator text,"
                        + " period text, dims text not null, value text, comment text, error text)");
            }
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table(jobId)
                    + " (row_no, school, indicator, period, dims, value, comment, error) from stdin");
            StringBuilder buffer = new StringBuilder(BATCH_BYTES + 4096);
            int[] count = {0};
            try {
                int rows = source.read(row -> {
                    buffer.append(row.row()).append('\t');
                    field(buffer, row.school()).append('\t');
                    field(buffer, row.indicator()).append('\t');
                    field(buffer, row.period()).append('\t');
                    field(buffer, row.dimensions()).append('\t');
                    field(buffer, row.value()).append('\t');
                    field(buffer, row.comment()).append('\t');
                    field(buffer, row.error()).append('\n');
                    if (buffer.length() >= BATCH_BYTES) {
                        flush(copy, buffer);
                    }
                    if (++count[0] % PROGRESS_EVERY == 0) {
                        jobs.progress(jobId, "UPLOAD", count[0], null);
                    }
                });
                flush(copy, buffer);
                copy.endCopy();
                return rows;
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void drop(long jobId) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists " + table(jobId));
            s.execute("drop table if exists " + table(jobId) + "_r");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void flush(CopyIn copy, StringBuilder buffer) throws IOException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        buffer.setLength(0);
    }

    /** A value in COPY text format: \N for null, with backslash, tab and line breaks escaped. */
    private static StringBuilder field(StringBuilder buffer, String value) {
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
}
