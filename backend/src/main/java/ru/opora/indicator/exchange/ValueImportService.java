package ru.opora.indicator.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;
import ru.opora.indicator.Dimensions;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * Bulk import of indicator values by codes: the upload is staged with COPY, then checked and applied as one job.
 * Small files are finished within the request; large ones are queued and polled.
 */
@ApplicationScoped
public class ValueImportService {

    private static final Logger LOG = Logger.getLogger(ValueImportService.class);

    private final ImportJobs jobs;
    private final ImportStaging staging;
    private final ImportProcessor processor;
    private final ImportRunner runner;
    private final ImportFailures failures;
    private final EntityManager em;
    private final OporaConfig config;

    ValueImportService(ImportJobs jobs, ImportStaging staging, ImportProcessor processor, ImportRunner runner,
                       ImportFailures failures, EntityManager em, OporaConfig config) {
        this.jobs = jobs;
        this.staging = staging;
        this.processor = processor;
        this.runner = runner;
        this.failures = failures;
        this.em = em;
        this.config = config;
    }

    /** The job as it stands when the call returns: finished for a small file, queued for a large one. */
    public ImportJobView importValues(Caller caller, ValueFileFormat format, boolean dryRun, String fileName, InputStream body) {
        requireExchangeRole(caller);
        ValueFileParser parser = new ValueFileParser(Dimensions.load(em).all());
        return importRows(caller, "VALUES", format.name(), null, dryRun, fileName, sink -> parser.parse(format, body, sink));
    }

    /** Results of an assessment (ВПР) per school, subject and grade, turned into the catalogue's share indicators. */
    public ImportJobView importAssessment(Caller caller, boolean dryRun, String fileName, InputStream body) {
        requireExchangeRole(caller);
        AssessmentFileParser parser = new AssessmentFileParser(new ValueFileParser(Dimensions.load(em).all()));
        return importRows(caller, "ASSESSMENT", "CSV", null, dryRun, fileName, sink -> parser.parse(body, sink));
    }

    /**
     * Stages the rows of any source and runs them as one all-or-nothing job. A source that finds the file
     * unreadable as a whole throws an {@link ApiException}; the job is then failed and nothing is staged.
     */
    public ImportJobView importRows(Caller caller, String kind, String format, Long campaignId, boolean dryRun,
                                    String fileName, RowSource source) {
        long jobId = jobs.create(caller, kind, format, dryRun, campaignId, fileName);
        int rows;
        long started = System.nanoTime();
        try {
            rows = staging.load(jobId, source);
        } catch (ApiException e) {
            failures.fail(jobId, e.getMessage());
            throw e;
        } catch (IOException | RuntimeException e) {
            if (ImportFailures.connectionLost(e)) {
                // Not the file's fault: the job is failed as soon as the database answers again.
                failures.fail(jobId, ImportFailures.CONNECTION_LOST);
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            failures.fail(jobId, "Файл не удалось прочитать до конца: " + e.getMessage());
            throw ApiException.invalid("file", "файл не удалось прочитать до конца; загрузите его снова");
        }
        if (rows == 0) {
            failures.fail(jobId, "В файле нет ни одной строки значений.");
            throw ApiException.invalid("file", "в файле нет ни одной строки значений");
        }
        jobs.queue(jobId, rows);
        LOG.debugf("Import job %d: %d rows staged in %d ms", jobId, rows, (System.nanoTime() - started) / 1_000_000);
        if (rows <= config.exchange().inlineRows()) {
            if (jobs.claim(jobId)) {
                processor.run(jobId);
            }
        } else {
            runner.start(jobId);
        }
        return jobs.find(jobId).orElseThrow();
    }

    private static void requireExchangeRole(Caller caller) {
        if (caller.role() == Role.SCHOOL) {
            throw ApiException.forbidden("Загружать значения пакетом могут министерство и муниципалитеты.");
        }
    }

    /** The uploads of the caller's organisation (a ministry's own, a municipality's own), newest first. */
    public ImportJobPage list(Caller caller, String page, String size) {
        requireExchangeRole(caller);
        List<FieldError> errors = new ArrayList<>();
        PageRequest pageRequest = QueryParsing.page(page, size, config.paging(), errors);
        QueryParsing.requireValid(errors);
        ImportJobs.Owner owner = ImportJobs.Owner.of(caller);
        return new ImportJobPage(jobs.list(owner, pageRequest.offset(), pageRequest.size()), jobs.count(owner),
                pageRequest.number(), pageRequest.size());
    }

    /** A job of the caller's organisation; others' jobs are «not found». */
    public ImportJobView job(Caller caller, long id) {
        // A school has no jobs: it is not taken for its region's ministry.
        if (caller.role() == Role.SCHOOL || jobs.owner(id).filter(ImportJobs.Owner.of(caller)::equals).isEmpty()) {
            throw ApiException.notFound("Загрузки " + id + " нет.");
        }
        return jobs.find(id).orElseThrow();
    }
}
