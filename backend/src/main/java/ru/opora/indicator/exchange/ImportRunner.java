package ru.opora.indicator.exchange;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import ru.opora.config.OporaConfig;

/**
 * Runs queued import jobs. The instance that received the upload starts its job at once; every instance also
 * sweeps the queue, so that a job whose instance went away is taken by another and a job that died mid-way is
 * failed (its transaction was rolled back by PostgreSQL). Nothing about a job lives only in this process.
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
        List<Long> failed = jobs.failStale(config.exchange().staleAfter());
        if (!failed.isEmpty()) {
            LOG.warnf("Import jobs %s stopped reporting and were failed", failed);
        }
        jobs.claimNext().ifPresent(id -> workers.submit(() -> processor.run(id)));
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }
}
