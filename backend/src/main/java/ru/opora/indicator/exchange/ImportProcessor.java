package ru.opora.indicator.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import ru.opora.config.OporaConfig;

/**
 * Checks and applies a staged import in set-based SQL, in one transaction: every row is resolved by its codes,
 * checked (school in the caller's reach, indicator, period, cut, type, range, duplicates in the file, numerator not
 * above its denominator, accepted values locked for a municipality) and then upserted with PostgreSQL's
 * INSERT … ON CONFLICT. A job with any rejected row saves nothing; a dry run only counts.
 */
@ApplicationScoped
public class ImportProcessor {

    private static final Logger LOG = Logger.getLogger(ImportProcessor.class);
    private static final int CHUNK = 250_000;
    private static final String KEY = "indicator_id, region_id, disaggregation_id, period, school_id";
    private static final String CHANGED = "(v.num_value is distinct from r.num or v.text_value is distinct from r.txt"
            + " or v.comment is distinct from r.comment or v.status <> 'ACCEPTED')";

    private final AgroalDataSource dataSource;
    private final ImportJobs jobs;
    private final ImportStaging staging;
    private final ObjectMapper json;
    private final OporaConfig config;

    ImportProcessor(AgroalDataSource dataSource, ImportJobs jobs, ImportStaging staging, ObjectMapper json, OporaConfig config) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.staging = staging;
        this.json = json;
        this.config = config;
    }

    /** Runs a claimed job to its end; never throws, a failure is recorded on the job. */
    public void run(long jobId) {
        try {
            process(jobId);
        } catch (Exception e) {
            LOG.errorf(e, "Import job %d failed", jobId);
            jobs.fail(jobId, "Загрузка не выполнена: внутренняя ошибка (" + e.getClass().getSimpleName() + "). Ничего не сохранено.");
        } finally {
            try {
                staging.drop(jobId);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not drop the staging tables of import job %d", jobId);
            }
        }
    }

    private void process(long jobId) throws Exception {
        String source = ImportStaging.table(jobId);
        String rows = source + "_r";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Job job = job(c, jobId);
                long started = System.nanoTime();
                long total = count(c, "select count(*) from " + source);
                jobs.progress(jobId, "VALIDATE", 0, total);
                resolve(c, job, source, rows);
                long resolved = System.nanoTime();
                validate(c, job, rows);
                long validated = System.nanoTime();
                long rejected = count(c, "select count(*) from " + rows + " where error is not null");
                long[] counts;
                if (rejected > 0 || job.dryRun) {
                    counts = wouldBe(c, rows);
                } else {
                    jobs.progress(jobId, "APPLY", 0, total);
                    counts = apply(c, job, rows, total);
                    acceptForms(c, job, rows);
                }
                finish(c, job, rows, rejected, counts);
                c.commit();
                LOG.debugf("Import job %d: %d rows resolved in %d ms, checked in %d ms, applied in %d ms", jobId, total,
                        (resolved - started) / 1_000_000, (validated - resolved) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private record Job(long id, long regionId, Long municipalityId, Long campaignId, boolean dryRun, String user) {
    }

    private static Job job(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select region_id, municipality_id, campaign_id, dry_run, created_by from import_job where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Job(id, rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3), rs.getBoolean(4), rs.getString(5));
            }
        }
    }

    /** Codes to ids and text to typed values; what cannot be resolved stays null and becomes a rejection. */
    private static void resolve(Connection c, Job job, String source, String rows) throws SQLException {
        String scope = job.municipalityId == null ? "m.region_id = " + job.regionId : "sc.municipality_id = " + job.municipalityId;
        execute(c, "create unlogged table " + rows + " as"
                + " select s.row_no, s.school, s.indicator, s.period, s.dims, s.value, s.comment,"
                + "   sc.id as school_id, sc.municipality_id, m.region_id, i.id as indicator_id, i.value_type, i.periodicity,"
                + "   i.numerator_id is not null as computed, i.min_value, i.max_value, d.id as disaggregation_id,"
                + "   x.indicator_id is not null as cut_ok,"
                + "   case when i.value_type in ('PERCENT', 'NUMBER', 'INTEGER') and s.value ~ '^-?[0-9]{1,14}([.,][0-9]{1,4})?$'"
                + "        then replace(s.value, ',', '.')::numeric(18, 4)"
                + "        when i.value_type = 'BOOLEAN' and lower(s.value) in ('да', 'true', '1', 'yes') then 1"
                + "        when i.value_type = 'BOOLEAN' and lower(s.value) in ('нет', 'false', '0', 'no') then 0 end as num,"
                + "   case when i.value_type = 'TEXT' then left(s.value, 2000) end as txt,"
                + "   s.error"
                + " from " + source + " s"
                + " left join (school sc join municipality m on m.id = sc.municipality_id) on sc.code = s.school and " + scope
                + " left join indicator i on i.code = s.indicator and (i.region_id is null or i.region_id = " + job.regionId + ")"
                + " left join disaggregation d on d.key = s.dims"
                + " left join indicator_disaggregation x on x.indicator_id = i.id and x.disaggregation_id = d.id");
        execute(c, "analyze " + rows);
    }

    private void validate(Connection c, Job job, String rows) throws SQLException {
        // Only the rows that break a rule are written: a clean file of millions of rows is not rewritten.
        String rule = "case"
                + " when school is null then 'school_code|не указан код школы'"
                + " when school_id is null then 'school_code|нет школы с кодом «' || school || '» в пределах вашей организации'"
                + " when indicator is null then 'indicator_code|не указан код показателя'"
                + " when indicator_id is null then 'indicator_code|нет показателя с кодом «' || indicator || '»'"
                + " when computed then 'indicator_code|показатель «' || indicator || '» вычисляется из числителя и знаменателя; загрузите их'"
                + " when period is null or period !~ '^[0-9]{4}(-H[12]|-Q[1-4])?$'"
                + "   then 'period|период «' || coalesce(period, '') || '»: ожидается год (2025), полугодие (2025-H1) или квартал (2025-Q3)'"
                + " when (periodicity = 'YEAR') <> (period ~ '^[0-9]{4}$') or (periodicity = 'HALF_YEAR') <> (period ~ '-H')"
                + "   then 'period|показатель «' || indicator || '» собирается с периодичностью ' || periodicity || ', а не за «' || period || '»'"
                + " when not cut_ok then 'dimensions|у показателя «' || indicator || '» нет разреза «' || dims || '»'"
                + " when value is null then 'value|пустое значение'"
                + " when value_type in ('PERCENT', 'NUMBER', 'INTEGER') and num is null"
                + "   then 'value|«' || left(value, 50) || '»: ожидается число (не больше 4 знаков после запятой)'"
                + " when value_type = 'BOOLEAN' and num is null then 'value|«' || left(value, 50) || '»: ожидается да или нет'"
                + " when value_type = 'INTEGER' and num <> trunc(num) then 'value|' || value || ': ожидается целое число'"
                + " when num < min_value then 'value|' || value || ': не меньше ' || trim_scale(min_value)"
                + " when num > max_value then 'value|' || value || ': не больше ' || trim_scale(max_value)"
                + " end";
        execute(c, "update " + rows + " set error = " + rule + " where error is null and (" + rule + ") is not null");
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
        shareParts(c, rows);
    }

    /** A numerator above its denominator, each taken from the file or else from what is stored. */
    private static void shareParts(Connection c, String rows) throws SQLException {
        boolean touchesShares = count(c, "select count(*) from (select 1 from " + rows + " where error is null and indicator_id in"
                + " (select numerator_id from indicator where numerator_id is not null union select denominator_id from indicator"
                + " where denominator_id is not null) limit 1) x") > 0;
        if (!touchesShares) {
            return;
        }
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

    private long[] apply(Connection c, Job job, String rows, long total) throws SQLException {
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
                    + " returning xmax = 0 as inserted)"
                    + " select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted")) {
                s.setString(1, job.user);
                s.setString(2, job.user);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    created += rs.getLong(1);
                    updated += rs.getLong(2);
                }
            }
            upsertNanos += System.nanoTime() - t1;
            done = Math.min(total, done + CHUNK);
            jobs.progress(job.id, "APPLY", done, total);
        }
        long t2 = System.nanoTime();
        recomputeShares(c, job, rows);
        LOG.debugf("Import job %d: history %d ms, upsert %d ms, shares %d ms", job.id, historyNanos / 1_000_000,
                upsertNanos / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return new long[] {created, updated, total - created - updated};
    }

    /** A filled campaign template is the organisation's own word: the forms of the schools it filled are accepted. */
    private static void acceptForms(Connection c, Job job, String rows) throws SQLException {
        if (job.campaignId == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("update campaign_form set status = 'ACCEPTED', reviewed_at = now(),"
                + " reviewed_by = ?, return_reason = null, version = version + 1, updated_at = now(), updated_by = ?"
                + " where campaign_id = ? and status <> 'ACCEPTED' and school_id in (select school_id from " + rows + ")")) {
            s.setString(1, job.user);
            s.setString(2, job.user);
            s.setLong(3, job.campaignId);
            s.executeUpdate();
        }
    }

    private static void recomputeShares(Connection c, Job job, String rows) throws SQLException {
        List<Object[]> affected = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select period, array_agg(distinct school_id)"
                + " from " + rows + " where indicator_id in (select numerator_id from indicator where numerator_id is not null"
                + " union select denominator_id from indicator where denominator_id is not null) group by period")) {
            while (rs.next()) {
                affected.add(new Object[] {rs.getString(1), rs.getArray(2)});
            }
        }
        for (Object[] periodSchools : affected) {
            try (PreparedStatement s = c.prepareStatement("select recompute_shares(cast(? as bigint[]), ?, ?, now())")) {
                Array schools = (Array) periodSchools[1];
                s.setArray(1, schools);
                s.setString(2, (String) periodSchools[0]);
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
                + " finished_at = now(), heartbeat_at = now() where id = ?")) {
            s.setString(1, rejected > 0 ? "REJECTED" : "DONE");
            s.setLong(2, counts[0]);
            s.setLong(3, counts[1]);
            s.setLong(4, counts[2]);
            s.setLong(5, rejected);
            s.setString(6, json.writeValueAsString(kept));
            s.setLong(7, job.id);
            s.executeUpdate();
        }
        execute(c, "drop table " + rows);
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
