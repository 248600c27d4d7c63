package ru.opora.indicator.exchange;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import ru.opora.config.OporaConfig;

/**
 * Runs queued import jobs. The instance that received the upload starts its job at once; every instance also
 * sweeps the queue, so that a job whose instance went away is taken by another: one that died mid-way (its
 * transaction was rolled back by PostgreSQL) is run again from its staged rows, a few times at most, and one that
 * died while uploading is failed. Nothing about a job lives only in this process.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final ImportProcessor processor;
    private final ImportStaging staging;
    private final OporaConfig config;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "indicator-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportRunner(ImportJobs jobs, ImportProcessor processor, ImportStaging staging, OporaConfig config) {
        this.jobs = jobs;
        this.processor = processor;
        this.staging = staging;
        this.config = config;
    }

    /** Starts a queued job in the background on this instance, unless another one has taken it. */
    public void start(long jobId) {
        workers.submit(() -> {
            if (jobs.claim(jobId)) {
                processor.run(jobId);
            }
        });
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        ImportJobs.Stale stale = jobs.recoverStale(config.exchange().staleAfter());
        if (!stale.requeued().isEmpty()) {
            LOG.warnf("Import jobs %s stopped reporting and were queued again", stale.requeued());
        }
        if (!stale.failed().isEmpty()) {
            LOG.warnf("Import jobs %s stopped reporting and were failed", stale.failed());
            staging.discardFinished();
        }
        jobs.claimNext().ifPresent(id -> workers.submit(() -> processor.run(id)));
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }
}
