package ru.opora.indicator.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import ru.opora.common.error.ApiException;
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

    private final ImportJobs jobs;
    private final ImportStaging staging;
    private final ImportProcessor processor;
    private final ImportRunner runner;
    private final EntityManager em;
    private final OporaConfig config;

    ValueImportService(ImportJobs jobs, ImportStaging staging, ImportProcessor processor, ImportRunner runner,
                       EntityManager em, OporaConfig config) {
        this.jobs = jobs;
        this.staging = staging;
        this.processor = processor;
        this.runner = runner;
        this.em = em;
        this.config = config;
    }

    /** The job as it stands when the call returns: finished for a small file, queued for a large one. */
    public ImportJobView importValues(Caller caller, ValueFileFormat format, boolean dryRun, String fileName, InputStream body) {
        if (caller.role() == Role.SCHOOL) {
            throw ApiException.forbidden("Загружать значения пакетом могут министерство и муниципалитеты.");
        }
        ValueFileParser parser = new ValueFileParser(Dimensions.load(em).all());
        long jobId = jobs.create(caller, "VALUES", format, dryRun, null, fileName);
        int rows;
        try {
            rows = staging.load(jobId, parser, format, body);
        } catch (ApiException e) {
            jobs.fail(jobId, e.getMessage());
            staging.drop(jobId);
            throw e;
        } catch (IOException | RuntimeException e) {
            jobs.fail(jobId, "Файл не удалось прочитать до конца: " + e.getMessage());
            staging.drop(jobId);
            throw ApiException.invalid("file", "файл не удалось прочитать до конца; загрузите его снова");
        }
        if (rows == 0) {
            jobs.fail(jobId, "В файле нет ни одной строки значений.");
            staging.drop(jobId);
            throw ApiException.invalid("file", "в файле нет ни одной строки значений");
        }
        jobs.queue(jobId, rows);
        if (rows <= config.exchange().inlineRows()) {
            if (jobs.claim(jobId)) {
                processor.run(jobId);
            }
        } else {
            runner.start(jobId);
        }
        return jobs.find(jobId).orElseThrow();
    }

    /** A job of the caller's organisation; others' jobs are «not found». */
    public ImportJobView job(Caller caller, long id) {
        ImportJobs.Owner owner = jobs.owner(id).orElseThrow(() -> ApiException.notFound("Загрузки " + id + " нет."));
        boolean sees = switch (caller.role()) {
            case MINISTRY -> owner.regionId() == caller.regionId() && owner.municipalityId() == null;
            case MUNICIPALITY -> caller.municipalityId().equals(owner.municipalityId());
            case SCHOOL -> false;
        };
        if (!sees) {
            throw ApiException.notFound("Загрузки " + id + " нет.");
        }
        return jobs.find(id).orElseThrow();
    }
}
