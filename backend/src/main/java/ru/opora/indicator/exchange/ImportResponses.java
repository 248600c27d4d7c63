package ru.opora.indicator.exchange;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import ru.opora.common.error.FieldError;
import ru.opora.common.text.Texts;
import ru.opora.common.web.QueryParsing;

/** What every upload endpoint that starts an import job (values, assessment results, campaign templates) shares. */
public final class ImportResponses {

    private ImportResponses() {
    }

    /** 200 with the finished job, or 202 with its address while it runs. */
    public static Response accepted(ImportJobView job, UriInfo uri) {
        boolean finished = !job.status().equals("QUEUED") && !job.status().equals("RUNNING");
        return Response.status(finished ? 200 : 202)
                .location(uri.getBaseUriBuilder().path("api/v1/indicator-values/imports/{id}").build(job.id()))
                .type(MediaType.APPLICATION_JSON).entity(job).build();
    }

    /** The dryRun query parameter; a value that is not a flag is a 400 like any other query parameter. */
    public static boolean dryRun(String dryRun) {
        List<FieldError> errors = new ArrayList<>();
        Boolean dry = QueryParsing.flag(dryRun, "dryRun", errors);
        QueryParsing.requireValid(errors);
        return Boolean.TRUE.equals(dry);
    }

    /** The file name for the jobs' log, or none. */
    public static String fileName(String fileName) {
        return Texts.blankToNull(fileName);
    }
}
