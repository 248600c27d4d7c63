package ru.opora.indicator.exchange;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.opora.common.audit.RequestTrace;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Import jobs as rows of import_job, written on their own short connections so that a caller polling from any
 * instance sees the progress while the job's own transaction is still open.
 */
@ApplicationScoped
public class ImportJobs {

    private static final TypeReference<List<ImportJobView.Rejection>> REJECTIONS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    ImportJobs(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public long create(Caller caller, String kind, String format, boolean dryRun, Long campaignId, String fileName) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into import_job (kind, format, region_id, municipality_id, campaign_id, dry_run, status, phase,
                    file_name, created_by, request_id, actor_kind, reason, started_at, heartbeat_at)
                values (?, ?, ?, ?, ?, ?, 'RUNNING', 'UPLOAD', ?, ?, ?, ?, ?, now(), now()) returning id""")) {
            s.setString(1, kind);
            s.setString(2, format);
            s.setLong(3, caller.regionId());
            s.setObject(4, caller.role() == Role.MUNICIPALITY ? caller.municipalityId() : null);
            s.setObject(5, campaignId);
            s.setBoolean(6, dryRun);
            s.setString(7, fileName);
            s.setString(8, caller.username());
            s.setString(9, RequestTrace.currentId());
            s.setString(10, RequestTrace.currentActorKind());
            s.setString(11, RequestTrace.currentReason());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void progress(long id, String phase, long processed, Long total) {
        update("update import_job set phase = ?, processed_rows = ?, total_rows = coalesce(?, total_rows),"
                + " heartbeat_at = now() where id = ?", phase, processed, total, id);
    }

    /** The upload is complete: the job waits for an instance to take it. */
    public void queue(long id, long total) {
        update("update import_job set status = 'QUEUED', phase = 'VALIDATE', total_rows = ?, processed_rows = 0,"
                + " heartbeat_at = now() where id = ?", total, id);
    }

    /** Takes a queued job for this instance; false if another one already has it. */
    public boolean claim(long id) {
        return update("update import_job set status = 'RUNNING', attempts = attempts + 1, heartbeat_at = now()"
                + " where id = ? and status = 'QUEUED'", id) == 1;
    }

    /** Whether an import job other than this one is running, on any instance. */
    public boolean anotherRunning(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select exists (select 1 from import_job where status = 'RUNNING' and id <> ?)")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The oldest job queued for longer than a moment, taken for this instance. */
    public Optional<Long> claimNext() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                update import_job set status = 'RUNNING', attempts = attempts + 1, heartbeat_at = now()
                where id = (select id from import_job where status = 'QUEUED' and heartbeat_at < now() - interval '5 seconds'
                            order by created_at for update skip locked limit 1)
                returning id""")) {
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Jobs whose instance stopped reporting: their uploads or transactions died with it. A job whose rows were all
     * staged goes back to the queue, to be run again by any instance, unless it has used up its attempts; a job
     * still uploading is failed (the upload died with the instance). Returns the failed and the requeued jobs.
     */
    public Stale recoverStale(java.time.Duration after) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement fail = c.prepareStatement("""
                        update import_job set status = 'FAILED', phase = 'DONE', finished_at = now(),
                            failure = 'Загрузка прервалась: сервер, выполнявший её, перестал отвечать. Загрузите файл снова.'
                        where status = 'RUNNING' and heartbeat_at < now() - ? * interval '1 second'
                            and (phase = 'UPLOAD' or attempts >= ?) returning id""");
                PreparedStatement requeue = c.prepareStatement("""
                        update import_job set status = 'QUEUED', phase = 'VALIDATE', processed_rows = 0,
                            heartbeat_at = now() - interval '1 minute'
                        where status = 'RUNNING' and heartbeat_at < now() - ? * interval '1 second' and phase <> 'UPLOAD'
                            and attempts < ? returning id""")) {
            fail.setLong(1, after.toSeconds());
            fail.setInt(2, ATTEMPTS);
            requeue.setLong(1, after.toSeconds());
            requeue.setInt(2, ATTEMPTS);
            return new Stale(ids(fail), ids(requeue));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many times a job is run before it is failed: an instance lost now and then is no reason to give up. */
    static final int ATTEMPTS = 3;

    public record Stale(List<Long> failed, List<Long> requeued) {
    }

    private static List<Long> ids(PreparedStatement s) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Fails a job that has not ended; a finished job keeps its outcome. */
    public void fail(long id, String message) {
        update("update import_job set status = 'FAILED', phase = 'DONE', failure = ?, finished_at = now()"
                + " where id = ? and status in ('QUEUED', 'RUNNING')",
                message.length() > 2000 ? message.substring(0, 2000) : message, id);
    }

    public Optional<ImportJobView> find(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, kind, format, dry_run, status, phase, total_rows, processed_rows, created_count, updated_count,"
                        + " unchanged_count, rejected_count, rejections, failure, file_name, created_at, created_by,"
                        + CREATED_BY_NAME + ", started_at, finished_at, region_id, municipality_id from import_job where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(view(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An organisation's jobs, newest first; their rejected rows are left out (the job itself has them). */
    public List<ImportJobView> list(Owner owner, long offset, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, kind, format, dry_run, status, phase, total_rows, processed_rows, created_count, updated_count,"
                        + " unchanged_count, rejected_count, '[]' as rejections, failure, file_name, created_at, created_by,"
                        + CREATED_BY_NAME + ", started_at, finished_at from import_job where " + ownedBy(owner)
                        + " order by id desc offset ? limit ?")) {
            int next = bindOwner(s, owner);
            s.setLong(next, offset);
            s.setInt(next + 1, limit);
            List<ImportJobView> views = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    views.add(view(rs));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(Owner owner) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from import_job where " + ownedBy(owner))) {
            bindOwner(s, owner);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ministry's own jobs are those of its region and no municipality. */
    private static String ownedBy(Owner owner) {
        return owner.municipalityId() == null ? "region_id = ? and municipality_id is null" : "region_id = ? and municipality_id = ?";
    }

    /** Binds the parameters of {@link #ownedBy}; returns the index of the next one. */
    private static int bindOwner(PreparedStatement s, Owner owner) throws SQLException {
        s.setLong(1, owner.regionId());
        if (owner.municipalityId() == null) {
            return 2;
        }
        s.setLong(2, owner.municipalityId());
        return 3;
    }

    /** The organisation a job belongs to: its region and, for a municipality's job, the municipality. */
    public record Owner(long regionId, Long municipalityId) {

        /** The caller's organisation as an owner of jobs: a ministry owns its region's jobs of no municipality. */
        public static Owner of(Caller caller) {
            return new Owner(caller.regionId(), caller.role() == Role.MUNICIPALITY ? caller.municipalityId() : null);
        }
    }

    public Optional<Owner> owner(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select region_id, municipality_id from import_job where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Owner(rs.getLong(1), (Long) rs.getObject(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who uploaded, as people read it: the user directory's display name, else the login. */
    private static final String CREATED_BY_NAME =
            " coalesce((select a.display_name from user_account a where a.username = created_by), created_by) as created_by_name";

    private ImportJobView view(ResultSet rs) throws SQLException {
        long total = rs.getLong("total_rows");
        long processed = rs.getLong("processed_rows");
        String status = rs.getString("status");
        String phase = rs.getString("phase");
        int progress = switch (status) {
            case "DONE", "REJECTED", "FAILED" -> 100;
            default -> switch (phase == null ? "" : phase) {
                case "VALIDATE" -> 10;
                case "APPLY" -> total == 0 ? 10 : (int) Math.min(99, 10 + 90 * processed / total);
                default -> 0;
            };
        };
        List<ImportJobView.Rejection> rejections;
        try {
            rejections = json.readValue(rs.getString("rejections"), REJECTIONS);
        } catch (java.io.IOException e) {
            rejections = List.of();
        }
        return new ImportJobView(rs.getLong("id"), rs.getString("kind"), rs.getString("format"), rs.getBoolean("dry_run"),
                status, phase, total, processed, progress, rs.getLong("created_count"), rs.getLong("updated_count"),
                rs.getLong("unchanged_count"), rs.getLong("rejected_count"), rejections, rs.getString("failure"),
                rs.getString("file_name"), instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
                rs.getString("created_by_name"), instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
