package ru.opora.indicator.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import ru.opora.config.OporaConfig;

/**
 * Checks and applies a staged import in one transaction. Each row is resolved by its codes and checked on its own
 * while it streams from the staging table ({@link ImportCatalogue}: school in the caller's reach, indicator,
 * period, cut, type, range); what needs the whole file or the stored values (duplicates in the file, a numerator
 * above its denominator, accepted values locked for a municipality) is checked in set-based SQL. A job with any
 * rejected row saves nothing; a dry run only counts.
 *
 * <p>Most large files bring values that are not stored yet (a new year, a region's first load). When none of the
 * file's indicators has a stored value in the region for the file's periods, the rows go straight into
 * indicator_value with COPY: there is nothing to compare, no history to write and nothing to update. Should that
 * attempt meet anything it cannot settle (a refused row, a key twice in the file or written meanwhile by another
 * job, a numerator above its denominator) it is rolled back to its savepoint and the file takes the full path,
 * which reports every rejected row with its reason and upserts with PostgreSQL's INSERT … ON CONFLICT.
 */
@ApplicationScoped
public class ImportProcessor {

    private static final Logger LOG = Logger.getLogger(ImportProcessor.class);
    private static final int CHUNK = 250_000;
    private static final int PROGRESS_EVERY = 200_000;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String KEY = "indicator_id, region_id, disaggregation_id, period, school_id";
    private static final String CHANGED = "(v.num_value is distinct from r.num or v.text_value is distinct from r.txt"
            + " or v.comment is distinct from r.comment or v.status <> 'ACCEPTED')";

    private final AgroalDataSource dataSource;
    private final ImportJobs jobs;
    private final ImportStaging staging;
    private final ObjectMapper json;
    private final OporaConfig config;
    private final ImportFailures failures;

    ImportProcessor(AgroalDataSource dataSource, ImportJobs jobs, ImportStaging staging, ObjectMapper json, OporaConfig config,
                    ImportFailures failures) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.staging = staging;
        this.json = json;
        this.config = config;
        this.failures = failures;
    }

    /** Runs a claimed job to its end; never throws, a failure is recorded on the job. */
    public void run(long jobId) {
        try {
            if (process(jobId) >= config.exchange().vacuumAfterRows()) {
                vacuumNewPages(jobId);
            }
        } catch (TakenOver e) {
            // Rolled back; the job, its rows and its outcome belong to the run that took it over.
            LOG.warnf("Import job %d: %s; nothing saved by this run", jobId, e.getMessage());
            return;
        } catch (Exception e) {
            if (ImportFailures.connectionLost(e)) {
                // The transaction died with the connection: nothing was saved. Said at once, not after the stale sweep.
                LOG.warnf("Import job %d broke off: the connection to the database was lost (%s)", jobId, e.getMessage());
                failures.fail(jobId, ImportFailures.CONNECTION_LOST);
            } else {
                LOG.errorf(e, "Import job %d failed", jobId);
                failures.fail(jobId, "Загрузка не выполнена: внутренняя ошибка (" + e.getClass().getSimpleName()
                        + "). Ничего не сохранено.");
            }
            return;
        }
        try {
            staging.discard(jobId);
        } catch (RuntimeException e) {
            LOG.warnf("Import job %d: staged rows not forgotten (%s); the sweep will", jobId, e.getMessage());
        }
    }

    /**
     * Marks the pages a large import wrote all-visible. The dynamics and breakdowns read values from the primary key
     * alone (index-only scans) only on such pages; on the others PostgreSQL visits every row, which made analysis of
     * a region loaded a minute ago several times slower until autovacuum came by. VACUUM skips the pages already
     * all-visible, so this reads little more than what was written since the last one. It also refreshes the table's
     * statistics: a plan chosen from estimates made before a region's five years arrived (a sequential scan where the
     * index was right, or the reverse) gave the analysis its slow tail at small scale. It runs after the commit, as
     * VACUUM cannot run in a transaction, and gives up on waiting for the table's maintenance lock rather than hold
     * the worker. It never fails the job, which is done.
     */
    private void vacuumNewPages(long jobId) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // While another import runs, no page written since it began can be marked yet; a vacuum after every job
            // would read those pages again each time, so then the table is vacuumed at most twice a minute. The job
            // that ends last always vacuums.
            boolean othersRunning = jobs.anotherRunning(jobId);
            if (othersRunning && count(c, "select count(*) from pg_stat_user_tables where relid = 'indicator_value'::regclass"
                    + " and last_vacuum > now() - interval '30 seconds'") > 0) {
                return;
            }
            if (!othersRunning) {
                awaitEarlierTransactions(c);
            }
            s.execute("set lock_timeout = '10s'");
            try {
                // Through the shared buffers, not a small ring: the pages it marks stay there for the analysis instead of
                // being written out and read back.
                s.execute("vacuum (analyze, index_cleanup off, process_toast false, truncate false, skip_database_stats,"
                        + " buffer_usage_limit 0) indicator_value");
            } finally {
                s.execute("reset lock_timeout");
            }
            LOG.debugf("Import job %d: new pages vacuumed in %d ms", jobId, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Import job %d: the new pages were not vacuumed (%s); autovacuum will", jobId, e.getMessage());
        }
    }

    /**
     * A page is all-visible only once no open transaction can still miss its rows, so VACUUM waits a moment (2 s at
     * most) for the requests that took their snapshot before the job committed.
     */
    private static void awaitEarlierTransactions(Connection c) throws SQLException {
        String firstAfterCommit;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select xid(pg_snapshot_xmax(pg_current_snapshot()))::text")) {
            rs.next();
            firstAfterCommit = rs.getString(1);
        }
        try (PreparedStatement s = c.prepareStatement("select count(*) from pg_stat_activity where pid <> pg_backend_pid()"
                + " and backend_type = 'client backend' and (age(backend_xmin) > age(cast(? as xid)) or age(backend_xid) > age(cast(? as xid)))")) {
            s.setString(1, firstAfterCommit);
            s.setString(2, firstAfterCommit);
            for (int attempt = 0; attempt < 100; attempt++) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks and applies the job; returns how many values it saved. */
    private long process(long jobId) throws Exception {
        // The job's resolved rows: a temporary table of its transaction, gone with it however the job ends.
        String rows = "pg_temp.import_rows_" + jobId;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // The job is done when its values are on disk, whatever the server's default; and only then can
                // VACUUM mark the rows visible to all (it cannot set their hint bits before the commit is flushed).
                execute(c, "set local synchronous_commit = on");
                Job job = job(c, jobId);
                long started = System.nanoTime();
                long total = job.totalRows;
                jobs.progress(jobId, "VALIDATE", 0, total);
                ImportCatalogue catalogue = ImportCatalogue.load(c, job.regionId, job.municipalityId);
                long[] counts = null;
                long rejected = 0;
                ImportLedger ledger = new ImportLedger(job.id, job.regionId, job.municipalityId, job.user, job.actorKind,
                        job.requestId, job.reason);
                if (!job.dryRun && job.campaignId == null && nothingStoredFor(c, job)) {
                    counts = insertNew(c, job, catalogue, total, ledger);
                }
                long inserted = System.nanoTime();
                if (counts == null) {
                    Map<String, Set<Integer>> sharePartSchools = stageResolved(c, job, rows, catalogue);
                    validate(c, job, rows, !sharePartSchools.isEmpty());
                    rejected = count(c, "select count(*) from " + rows + " where error is not null");
                    if (rejected > 0 || job.dryRun) {
                        counts = wouldBe(c, rows);
                    } else {
                        jobs.progress(jobId, "APPLY", 0, total);
                        counts = apply(c, job, rows, total, sharePartSchools, ledger);
                        acceptForms(c, job, rows, ledger);
                        ledger.readUpdates(c);
                    }
                }
                if (rejected == 0 && !job.dryRun) {
                    ledger.write(c, counts[0], counts[1], counts[2]);
                }
                finish(c, job, rows, rejected, counts);
                c.commit();
                LOG.debugf("Import job %d: %d rows, straight insert %d ms, checked path %d ms", jobId, total,
                        (inserted - started) / 1_000_000, (System.nanoTime() - inserted) / 1_000_000);
                return rejected > 0 || job.dryRun ? 0 : counts[0] + counts[1];
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private record Job(long id, long regionId, Long municipalityId, Long campaignId, boolean dryRun, String user,
                       long totalRows, String requestId, String actorKind, String reason, int attempt) {
    }

    /** Another instance runs the job now: this run was thought lost and must save nothing. */
    static final class TakenOver extends Exception {
        TakenOver(long jobId, int attempt) {
            super("import job " + jobId + ": attempt " + attempt + " is no longer the job's current one");
        }
    }

    private static Job job(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select region_id, municipality_id, campaign_id, dry_run, created_by,"
                + " total_rows, request_id, actor_kind, reason, attempts from import_job where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Job(id, rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3), rs.getBoolean(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10));
            }
        }
    }

    /** True when no indicator of the file has a stored value in the job's region for the file's periods. */
    private static boolean nothingStoredFor(Connection c, Job job) throws SQLException {
        return count(c, "select count(*) from " + ImportStaging.PAIRS + " k"
                + " left join indicator i on i.code = k.indicator and (i.region_id is null or i.region_id = " + job.regionId + ")"
                + " where k.job_id = " + job.id + " and (k.indicator is null or exists (select 1 from indicator_value v where v.indicator_id = i.id"
                + " and v.region_id = " + job.regionId + " and v.period = k.period))") == 0;
    }

    /**
     * Writes the file's values with COPY as new rows; returns the counts, or null (and nothing written) when the
     * file needs the full path.
     */
    private long[] insertNew(Connection c, Job job, ImportCatalogue catalogue, long total, ImportLedger ledger)
            throws SQLException {
        jobs.progress(job.id, "APPLY", 0, total);
        long started = System.nanoTime();
        FileShares shares = new FileShares(catalogue);
        Savepoint savepoint = c.setSavepoint();
        boolean written;
        long copied = started;
        try {
            try (CopyWriter copy = CopyWriter.into(c, "indicator_value", "indicator_id, region_id, disaggregation_id, period,"
                    + " school_id, municipality_id, year, num_value, text_value, status, comment, origin, created_by, updated_by")) {
                long[] done = {0};
                written = stream(job, catalogue, row -> {
                    if (row.error() != null) {
                        return false;
                    }
                    copy.number(row.indicator().id()).number(job.regionId).number(row.disaggregationId()).text(row.period())
                            .number(row.school().id()).number(row.school().municipalityId()).text(row.period().substring(0, 4))
                            .text(row.num()).text(row.text()).text("ACCEPTED").text(row.comment()).text("IMPORT")
                            .text(job.user).text(job.user).endRow();
                    shares.add(row);
                    ledger.count(row.school().id(), row.period(), true, 1);
                    if (++done[0] % PROGRESS_EVERY == 0) {
                        jobs.progress(job.id, "APPLY", done[0], total);
                    }
                    return true;
                });
                if (written) {
                    copy.finish();
                }
            }
            copied = System.nanoTime();
            // Shares whose parts all came in the file are checked and written from memory; otherwise from the table.
            boolean inFile = shares.complete();
            Map<String, Set<Integer>> sharePartSchools = inFile ? Map.of() : shares.schoolsByPeriod();
            written = written && (inFile ? shares.fit() : sharePartsFit(c, job, sharePartSchools.keySet()));
            if (written) {
                if (inFile) {
                    shares.insert(c, job.regionId, job.user);
                } else {
                    recomputeShares(c, job, sharePartSchools);
                }
            }
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            written = false;
        }
        if (!written) {
            c.rollback(savepoint);
            ledger.forget();
            return null;
        }
        c.releaseSavepoint(savepoint);
        LOG.debugf("Import job %d: copied in %d ms, shares checked and written in %d ms", job.id,
                (copied - started) / 1_000_000, (System.nanoTime() - copied) / 1_000_000);
        return new long[] {total, 0, 0};
    }

    /** No numerator above its denominator among the region's values of these periods, the new ones included. */
    private static boolean sharePartsFit(Connection c, Job job, Set<String> periods) throws SQLException {
        if (periods.isEmpty()) {
            return true;
        }
        // Share by share, and for each numerator its denominator by the whole primary key: the lateral subqueries
        // with a limit are not flattened into joins, whose plans can go wrong while the region's new rows have no
        // statistics yet (a scan of the region per row took seconds).
        try (PreparedStatement s = c.prepareStatement("select exists (select 1 from indicator x cross join lateral ("
                + " select 1 from indicator_value n cross join lateral (select d.num_value from indicator_value d"
                + " where d.indicator_id = x.denominator_id and d.region_id = n.region_id"
                + " and d.disaggregation_id = n.disaggregation_id and d.period = n.period and d.school_id = n.school_id limit 1) d"
                + " where n.indicator_id = x.numerator_id and n.region_id = ? and n.period = any (?) and n.num_value > d.num_value"
                + " limit 1) above where x.numerator_id is not null)")) {
            s.setLong(1, job.regionId);
            s.setArray(2, c.createArrayOf("varchar", periods.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return !rs.getBoolean(1);
            }
        }
    }

    /**
     * The staged rows by ids and typed values, each with the reason it is refused, for the set-based checks; returns
     * the schools whose numerators or denominators the accepted rows bring, by period.
     */
    private Map<String, Set<Integer>> stageResolved(Connection c, Job job, String rows, ImportCatalogue catalogue)
            throws SQLException {
        FileShares shares = new FileShares(catalogue);
        execute(c, "create temporary table " + rows + " (row_no integer not null, school_id integer, municipality_id integer,"
                + " region_id integer, indicator_id integer, disaggregation_id integer, period text, num numeric(18, 4),"
                + " txt text, comment text, error text) on commit drop");
        try (CopyWriter copy = CopyWriter.into(c, rows, "row_no, school_id, municipality_id, region_id, indicator_id,"
                + " disaggregation_id, period, num, txt, comment, error")) {
            stream(job, catalogue, row -> {
                copy.number(row.rowNo());
                if (row.error() != null) {
                    copy.nulls(9).text(row.error()).endRow();
                    return true;
                }
                shares.add(row);
                copy.number(row.school().id()).number(row.school().municipalityId()).number(job.regionId)
                        .number(row.indicator().id()).number(row.disaggregationId()).text(row.period()).text(row.num())
                        .text(row.text()).text(row.comment()).text(null).endRow();
                return true;
            });
            copy.finish();
        }
        execute(c, "analyze " + rows);
        return shares.schoolsByPeriod();
    }

    @FunctionalInterface
    private interface ResolvedRows {
        /** Takes a row; false stops the stream. */
        boolean accept(ImportCatalogue.Resolved row) throws SQLException;
    }

    /**
     * Gives every staged row, resolved, to the handler; false when the handler stopped it. The rows are read on a
     * connection of their own, so that the job's connection can write while they stream.
     */
    private boolean stream(Job job, ImportCatalogue catalogue, ResolvedRows handler) throws SQLException {
        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            try {
                return ImportStaging.read(reader, job.id, fields -> handler.accept(catalogue.resolve(Integer.parseInt(fields[0]),
                        fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7])));
            } finally {
                reader.rollback();
                reader.setAutoCommit(true);
            }
        }
    }

    private void validate(Connection c, Job job, String rows, boolean touchesShares) throws SQLException {
        // The same school, indicator, period and cut twice in one file: every occurrence is refused.
        execute(c, "update " + rows + " r set error = 'row|значение повторяется в строках ' || d.lines from ("
                + " select indicator_id, disaggregation_id, period, school_id, string_agg(row_no::text, ', ' order by row_no) as lines"
                + " from " + rows + " where error is null group by indicator_id, disaggregation_id, period, school_id"
                + " having count(*) > 1) d where r.error is null and r.indicator_id = d.indicator_id"
                + " and r.disaggregation_id = d.disaggregation_id and r.period = d.period and r.school_id = d.school_id");
        if (job.municipalityId != null) {
            execute(c, "update " + rows + " r set error = 'value|значение принято и закрыто (было ' || coalesce(trim_scale(v.num_value)::text,"
                    + " v.text_value, '') || '); изменить его может министерство'"
                    + " from indicator_value v where r.error is null and v.indicator_id = r.indicator_id and v.region_id = r.region_id"
                    + " and v.disaggregation_id = r.disaggregation_id and v.period = r.period and v.school_id = r.school_id"
                    + " and v.status = 'ACCEPTED' and (v.num_value is distinct from r.num or v.text_value is distinct from r.txt)");
        }
        if (touchesShares) {
            shareParts(c, rows);
        }
    }

    /** A numerator above its denominator, each taken from the file or else from what is stored. */
    private static void shareParts(Connection c, String rows) throws SQLException {
        execute(c, "create index on " + rows + " (school_id, indicator_id, period, disaggregation_id)");
        String effective = "coalesce((select o.num from " + rows + " o where o.error is null and o.indicator_id = %1$s"
                + " and o.school_id = r.school_id and o.period = r.period and o.disaggregation_id = r.disaggregation_id),"
                + " (select v.num_value from indicator_value v where v.indicator_id = %1$s and v.region_id = r.region_id"
                + " and v.disaggregation_id = r.disaggregation_id and v.period = r.period and v.school_id = r.school_id))";
        // One statement, so that both parts of a pair are judged against the file as it came.
        execute(c, "update " + rows + " r set error = x.message from ("
                + " select r.row_no, 'value|' || trim_scale(r.num) || ' больше знаменателя «' || dn.name || '» ('"
                + " || trim_scale(" + effective.formatted("c.denominator_id") + ") || ')' as message"
                + " from " + rows + " r join indicator c on c.numerator_id = r.indicator_id join indicator dn on dn.id = c.denominator_id"
                + " where r.error is null and r.num > " + effective.formatted("c.denominator_id")
                + " union all"
                + " select r.row_no, 'value|' || trim_scale(r.num) || ' меньше числителя «' || nm.name || '» ('"
                + " || trim_scale(" + effective.formatted("c.numerator_id") + ") || ')'"
                + " from " + rows + " r join indicator c on c.denominator_id = r.indicator_id join indicator nm on nm.id = c.numerator_id"
                + " where r.error is null and r.num < " + effective.formatted("c.numerator_id")
                + ") x where x.row_no = r.row_no");
    }

    /** Created, updated and unchanged rows as an apply would make them, for a dry run or a refused file. */
    private static long[] wouldBe(Connection c, String rows) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) filter (where v.school_id is null), count(*) filter (where v.school_id is not null and " + CHANGED + "),"
                        + " count(*) filter (where v.school_id is not null and not " + CHANGED + ")"
                        + " from " + rows + " r left join indicator_value v on v.indicator_id = r.indicator_id"
                        + " and v.region_id = r.region_id and v.disaggregation_id = r.disaggregation_id and v.period = r.period"
                        + " and v.school_id = r.school_id where r.error is null")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private long[] apply(Connection c, Job job, String rows, long total, Map<String, Set<Integer>> sharePartSchools,
                         ImportLedger ledger) throws SQLException {
        execute(c, "create index on " + rows + " (row_no)");
        long created = 0;
        long updated = 0;
        long maxRow = count(c, "select coalesce(max(row_no), 0) from " + rows);
        long done = 0;
        long historyNanos = 0;
        long upsertNanos = 0;
        for (long from = 0; from <= maxRow; from += CHUNK) {
            long t0 = System.nanoTime();
            String chunk = " r.row_no > " + from + " and r.row_no <= " + (from + CHUNK);
            try (PreparedStatement s = c.prepareStatement("insert into indicator_value_history (indicator_id, disaggregation_id,"
                    + " period, school_id, old_num, old_text, new_num, new_text, old_status, new_status, reason, import_job_id,"
                    + " changed_at, changed_by)"
                    + " select r.indicator_id, r.disaggregation_id, r.period, r.school_id, v.num_value, v.text_value, r.num, r.txt,"
                    + " v.status, 'ACCEPTED', coalesce(r.comment, 'загрузка значений № ' || ?), ?, now(), ?"
                    + " from " + rows + " r join indicator_value v on v.indicator_id = r.indicator_id and v.region_id = r.region_id"
                    + " and v.disaggregation_id = r.disaggregation_id and v.period = r.period and v.school_id = r.school_id"
                    + " where " + chunk + " and " + CHANGED)) {
                s.setLong(1, job.id);
                s.setLong(2, job.id);
                s.setString(3, job.user);
                s.executeUpdate();
            }
            long t1 = System.nanoTime();
            historyNanos += t1 - t0;
            try (PreparedStatement s = c.prepareStatement("with upserted as (insert into indicator_value (" + KEY
                    + ", municipality_id, year, num_value, text_value, status, comment, origin, version, created_at, created_by,"
                    + " updated_at, updated_by)"
                    + " select r.indicator_id, r.region_id, r.disaggregation_id, r.period, r.school_id, r.municipality_id,"
                    + " substr(r.period, 1, 4)::smallint, r.num, r.txt, 'ACCEPTED', r.comment, 'IMPORT', 0, now(), ?, now(), ?"
                    + " from " + rows + " r where " + chunk + " order by " + KEY
                    + " on conflict on constraint pk_indicator_value do update set num_value = excluded.num_value,"
                    + " text_value = excluded.text_value, comment = excluded.comment, status = 'ACCEPTED', return_reason = null,"
                    + " origin = 'IMPORT', version = indicator_value.version + 1, updated_at = excluded.updated_at,"
                    + " updated_by = excluded.updated_by"
                    + " where indicator_value.num_value is distinct from excluded.num_value"
                    + " or indicator_value.text_value is distinct from excluded.text_value"
                    + " or indicator_value.comment is distinct from excluded.comment or indicator_value.status <> 'ACCEPTED'"
                    + " returning school_id, period, xmax = 0 as inserted)"
                    + " select school_id, period, count(*) filter (where inserted), count(*) filter (where not inserted)"
                    + " from upserted group by school_id, period")) {
                s.setString(1, job.user);
                s.setString(2, job.user);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        created += rs.getLong(3);
                        updated += rs.getLong(4);
                        ledger.count(rs.getInt(1), rs.getString(2), true, rs.getLong(3));
                        ledger.count(rs.getInt(1), rs.getString(2), false, rs.getLong(4));
                    }
                }
            }
            upsertNanos += System.nanoTime() - t1;
            done = Math.min(total, done + CHUNK);
            jobs.progress(job.id, "APPLY", done, total);
        }
        long t2 = System.nanoTime();
        recomputeShares(c, job, sharePartSchools);
        LOG.debugf("Import job %d: history %d ms, upsert %d ms, shares %d ms", job.id, historyNanos / 1_000_000,
                upsertNanos / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return new long[] {created, updated, total - created - updated};
    }

    /** A filled campaign template is the organisation's own word: the forms of the schools it filled are accepted. */
    private static void acceptForms(Connection c, Job job, String rows, ImportLedger ledger) throws SQLException {
        if (job.campaignId == null) {
            return;
        }
        List<Object[]> accepted = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("update campaign_form f set status = 'ACCEPTED', reviewed_at = now(),"
                + " reviewed_by = ?, return_reason = null, version = f.version + 1, updated_at = now(), updated_by = ?"
                + " from (select campaign_id, school_id, status from campaign_form where campaign_id = ? and status <> 'ACCEPTED'"
                + " and school_id in (select school_id from " + rows + ") for update) o"
                + " where f.campaign_id = o.campaign_id and f.school_id = o.school_id returning f.school_id, o.status")) {
            s.setString(1, job.user);
            s.setString(2, job.user);
            s.setLong(3, job.campaignId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    accepted.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
        }
        ledger.formsAccepted(job.campaignId, accepted);
    }

    private static void recomputeShares(Connection c, Job job, Map<String, Set<Integer>> schoolsByPeriod) throws SQLException {
        for (Map.Entry<String, Set<Integer>> period : schoolsByPeriod.entrySet()) {
            try (PreparedStatement s = c.prepareStatement("select recompute_shares(cast(? as bigint[]), ?, ?, now())")) {
                s.setArray(1, c.createArrayOf("bigint", period.getValue().toArray()));
                s.setString(2, period.getKey());
                s.setString(3, job.user);
                s.execute();
            }
        }
    }

    private void finish(Connection c, Job job, String rows, long rejected, long[] counts) throws Exception {
        List<ImportJobView.Rejection> kept = new ArrayList<>();
        if (rejected > 0) {
            // A line of an assessment file or a template row gives several values: each reason is told once.
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select distinct row_no, error from " + rows
                    + " where error is not null order by row_no, error limit " + config.exchange().rejectionsKept())) {
                while (rs.next()) {
                    String error = rs.getString(2);
                    int bar = error.indexOf('|');
                    kept.add(new ImportJobView.Rejection(rs.getInt(1), error.substring(0, bar), error.substring(bar + 1)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("update import_job set status = ?, phase = 'DONE', processed_rows = total_rows,"
                + " created_count = ?, updated_count = ?, unchanged_count = ?, rejected_count = ?, rejections = cast(? as jsonb),"
                + " finished_at = now(), heartbeat_at = now() where id = ? and status = 'RUNNING' and attempts = ?")) {
            s.setString(1, rejected > 0 ? "REJECTED" : "DONE");
            s.setLong(2, counts[0]);
            s.setLong(3, counts[1]);
            s.setLong(4, counts[2]);
            s.setLong(5, rejected);
            s.setString(6, json.writeValueAsString(kept));
            s.setLong(7, job.id);
            s.setInt(8, job.attempt);
            if (s.executeUpdate() == 0) {
                throw new TakenOver(job.id, job.attempt);
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
