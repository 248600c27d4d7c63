package ru.opora.indicator.exchange;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Streams the rows of an uploaded file into the job's unlogged staging table with PostgreSQL COPY, so that an
 * upload of millions of rows costs neither memory nor per-row round trips.
 */
@ApplicationScoped
public class ImportStaging {

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
            try (CopyWriter copy = new CopyWriter(c, table(jobId), "row_no, school, indicator, period, dims, value, comment, error")) {
                int[] count = {0};
                int rows = source.read(row -> {
                    try {
                        copy.number(row.row()).text(row.school()).text(row.indicator()).text(row.period())
                                .text(row.dimensions()).text(row.value()).text(row.comment()).text(row.error()).endRow();
                    } catch (SQLException e) {
                        throw new IOException(e);
                    }
                    if (++count[0] % PROGRESS_EVERY == 0) {
                        jobs.progress(jobId, "UPLOAD", count[0], null);
                    }
                });
                copy.finish();
                return rows;
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
}
