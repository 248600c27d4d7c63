package ru.opora.indicator.exchange;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import ru.opora.common.persistence.DatabaseReach;
import ru.opora.config.OporaConfig;

/**
 * Records that a job failed, also when the failure is that PostgreSQL went away: the instance that knows the job
 * broke off keeps trying to say so, every second, until the database answers again (a restart takes seconds). The
 * stale sweep of any instance remains for jobs whose instance died with them.
 */
@ApplicationScoped
public class ImportFailures {

    private static final Logger LOG = Logger.getLogger(ImportFailures.class);
    static final String CONNECTION_LOST = "Загрузка прервалась: потеряно соединение с базой данных. Ничего не сохранено;"
            + " загрузите файл снова.";
    private static final long RETRY_MILLIS = 1000;

    private final ImportJobs jobs;
    private final ImportStaging staging;
    private final OporaConfig config;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "indicator-import-failures");
        thread.setDaemon(true);
        return thread;
    });

    ImportFailures(ImportJobs jobs, ImportStaging staging, OporaConfig config) {
        this.jobs = jobs;
        this.staging = staging;
        this.config = config;
    }

    /** Whether the exception says PostgreSQL could not be reached (see {@link DatabaseReach#lost}). */
    static boolean connectionLost(Throwable e) {
        return DatabaseReach.lost(e);
    }

    /** Fails the job and forgets its staged rows, now or, while the database cannot be reached, as soon as it can. */
    public void fail(long jobId, String message) {
        if (attempt(jobId, message)) {
            return;
        }
        long giveUpAt = System.nanoTime() + config.exchange().staleAfter().toNanos();
        try {
            retries.schedule(retry(jobId, message, giveUpAt), RETRY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.warnf("Import job %d could not be marked failed while the instance stops; the stale sweep will", jobId);
        }
    }

    private Runnable retry(long jobId, String message, long giveUpAt) {
        return new Runnable() {
            @Override
            public void run() {
                if (!attempt(jobId, message)) {
                    if (System.nanoTime() < giveUpAt && !retries.isShutdown()) {
                        retries.schedule(this, RETRY_MILLIS, TimeUnit.MILLISECONDS);
                    } else {
                        LOG.warnf("Import job %d could not be marked failed; the stale sweep will", jobId);
                    }
                }
            }
        };
    }

    private boolean attempt(long jobId, String message) {
        try {
            jobs.fail(jobId, message);
        } catch (RuntimeException e) {
            LOG.debugf("Import job %d: not marked failed yet (%s)", jobId, e.getMessage());
            return false;
        }
        try {
            staging.discard(jobId);
        } catch (RuntimeException e) {
            LOG.warnf("Import job %d: staged rows not forgotten yet (%s); the sweep will", jobId, e.getMessage());
        }
        return true;
    }

    void stop(@Observes ShutdownEvent event) {
        retries.shutdownNow();
    }
}
