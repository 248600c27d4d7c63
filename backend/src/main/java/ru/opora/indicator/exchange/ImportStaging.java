package ru.opora.indicator.exchange;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import ru.opora.common.web.ZeroCharacterGuard;

/**
 * Keeps the rows of an uploaded file for its job, in PostgreSQL, so that any instance can run the job. The rows are
 * packed as COPY text lines ({@link CopyWriter}) into blocks of about 200 KB, one table row per block: an upload of millions of rows
 * costs neither memory nor a database row per value, and the job reads it back in a few round trips. Beside the
 * blocks the job finds the file's distinct indicator and period pairs.
 */
@ApplicationScoped
public class ImportStaging {

    private static final int PROGRESS_EVERY = 200_000;
    /** More distinct pairs than a catalogue has (a file of garbage periods): the job is then not told the pairs. */
    private static final int PAIRS_KEPT = 10_000;
    private static final int FIELDS = 8;

    private final AgroalDataSource dataSource;
    private final ImportJobs jobs;

    ImportStaging(AgroalDataSource dataSource, ImportJobs jobs) {
        this.dataSource = dataSource;
        this.jobs = jobs;
    }

    /** The blocks of every job's rows, keyed by job. */
    static final String BLOCKS = "indicator_import.staged_block";
    /** Every job's distinct (indicator code, period) pairs; one row with no indicator when there were too many. */
    static final String PAIRS = "indicator_import.staged_pair";

    /**
     * Reads the whole body into the staging tables in one transaction; returns the number of rows. An upload that
     * breaks off leaves nothing staged. The tables are ordinary ones made by a migration, not tables of the job: a
     * crash of PostgreSQL in the middle of an import is recovered like any other write (per-job UNLOGGED tables made
     * its crash recovery fail, see V60), and a queued job's rows survive a restart.
     */
    public int load(long jobId, RowSource source) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Set<String> pairs = new HashSet<>();
                int[] count = {0};
                int[] blocks = {0};
                int rows;
                try (PreparedStatement insert = c.prepareStatement("insert into " + BLOCKS + " (job_id, seq, block) values (?, ?, ?)")) {
                    CopyWriter lines = CopyWriter.to(block -> {
                        insert.setLong(1, jobId);
                        insert.setInt(2, ++blocks[0]);
                        insert.setString(3, block);
                        insert.executeUpdate();
                    });
                    rows = source.read(given -> {
                        ValueRow row = holdsZeroCharacter(given)
                                ? ValueRow.rejected(given.row(), "row", ZeroCharacterGuard.MESSAGE)
                                : given;
                        try {
                            lines.number(row.row()).text(row.school()).text(row.indicator()).text(row.period())
                                    .text(row.dimensions()).text(row.value()).text(row.comment()).text(row.error()).endRow();
                        } catch (SQLException e) {
                            throw new IOException(e);
                        }
                        if (pairs.size() <= PAIRS_KEPT && row.indicator() != null && row.period() != null) {
                            pairs.add(row.indicator() + '\t' + row.period());
                        }
                        if (++count[0] % PROGRESS_EVERY == 0) {
                            jobs.progress(jobId, "UPLOAD", count[0], null);
                        }
                    });
                    lines.finish();
                }
                storePairs(c, jobId, pairs);
                c.commit();
                return rows;
            } catch (IOException | SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException gone) {
            // The connection is gone, and with it the transaction.
        }
    }

    @FunctionalInterface
    interface StagedRows {
        /** Takes a row's fields: row number, school, indicator, period, dimensions, value, comment, error; false stops. */
        boolean accept(String[] fields) throws SQLException;
    }

    /** Gives every staged row to the handler in the file's order; false when the handler stopped. */
    static boolean read(Connection reader, long jobId, StagedRows handler) throws SQLException {
        try (PreparedStatement s = reader.prepareStatement("select block from " + BLOCKS + " where job_id = ? order by seq")) {
            s.setLong(1, jobId);
            s.setFetchSize(2);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    // A text column's value as the UTF-8 it comes in.
                    if (!decode(rs.getBytes(1), handler)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Forgets the job's staged rows. */
    public void discard(long jobId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement blocks = c.prepareStatement("delete from " + BLOCKS + " where job_id = ?");
                PreparedStatement pairs = c.prepareStatement("delete from " + PAIRS + " where job_id = ?")) {
            blocks.setLong(1, jobId);
            blocks.executeUpdate();
            pairs.setLong(1, jobId);
            pairs.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the rows of jobs that ended without forgetting them (their instance or the database went away). */
    public int discardFinished() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String finished = " where job_id in (select id from import_job where status in ('DONE', 'REJECTED', 'FAILED'))";
            s.executeUpdate("delete from " + PAIRS + finished);
            return s.executeUpdate("delete from " + BLOCKS + finished);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL text cannot hold the character 0, so a row with one cannot be kept, nor stored later. */
    private static boolean holdsZeroCharacter(ValueRow row) {
        return ZeroCharacterGuard.holdsZero(row.school()) || ZeroCharacterGuard.holdsZero(row.indicator())
                || ZeroCharacterGuard.holdsZero(row.period()) || ZeroCharacterGuard.holdsZero(row.dimensions())
                || ZeroCharacterGuard.holdsZero(row.value()) || ZeroCharacterGuard.holdsZero(row.comment())
                || ZeroCharacterGuard.holdsZero(row.error());
    }

    private static void storePairs(Connection c, long jobId, Set<String> pairs) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into " + PAIRS + " (job_id, indicator, period) values (?, ?, ?)")) {
            insert.setLong(1, jobId);
            if (pairs.size() > PAIRS_KEPT) {
                insert.setString(2, null);
                insert.setString(3, null);
                insert.executeUpdate();
                return;
            }
            for (String pair : pairs) {
                int tab = pair.indexOf('\t');
                insert.setString(2, pair.substring(0, tab));
                insert.setString(3, pair.substring(tab + 1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Splits a block of COPY text lines, as the UTF-8 bytes PostgreSQL sends, into fields, undoing the escapes; \N
     * alone is null. Working on the bytes spares decoding the whole block into UTF-16 (one «да» in it makes every
     * field cut out of such a string cost a compression back to Latin-1); a field is decoded on its own, and one of
     * plain ASCII, nearly every field, is copied as it is.
     */
    static boolean decode(byte[] block, StagedRows handler) throws SQLException {
        String[] fields = new String[FIELDS];
        int index = 0;
        int start = 0;
        boolean ascii = true;
        for (int i = 0; i < block.length; i++) {
            byte b = block[i];
            if (b == '\\') {
                // Most fields hold no escape and are cut out as they are; a null is \N alone, anything else with an
                // escape is read on to its end.
                if (i == start && block[i + 1] == 'N' && (block[i + 2] == '\t' || block[i + 2] == '\n')) {
                    fields[index] = null;
                    i += 2;
                } else {
                    i = unescape(block, start, fields, index);
                }
                b = block[i];
            } else if (b < 0) {
                ascii = false;
                continue;
            } else if (b != '\t' && b != '\n') {
                continue;
            } else {
                fields[index] = new String(block, start, i - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            }
            index++;
            start = i + 1;
            ascii = true;
            if (b == '\n') {
                if (!handler.accept(fields)) {
                    return false;
                }
                index = 0;
            }
        }
        return true;
    }

    /** Reads the escaped field that starts at {@code start} into {@code fields[index]}; returns where it ends. */
    private static int unescape(byte[] block, int start, String[] fields, int index) {
        ByteArrayOutputStream field = new ByteArrayOutputStream(64);
        boolean isNull = false;
        int i = start;
        for (byte b = block[i]; b != '\t' && b != '\n'; b = block[++i]) {
            if (b == '\\') {
                byte next = block[++i];
                switch (next) {
                    case 't' -> field.write('\t');
                    case 'n' -> field.write('\n');
                    case 'r' -> field.write('\r');
                    case 'N' -> isNull = true;
                    default -> field.write(next);
                }
            } else {
                field.write(b);
            }
        }
        fields[index] = isNull ? null : field.toString(StandardCharsets.UTF_8);
        return i;
    }
}
