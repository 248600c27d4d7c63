package ru.opora.identification;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

/**
 * The national benchmark's yardstick for identification at scale: a ministry's criteria set run over several regions
 * (a scope of 1,500 schools, or all 40,000) by the same engine as the dry run. Like the benchmark's reference endpoint
 * it exists only when the backend starts with {@code -Dopora.benchmark.reference=true} (only the benchmark stack does)
 * and is never part of the contract.
 */
@Path("/api/v1/benchmark-identification")
@Produces(MediaType.APPLICATION_JSON)
@EndpointDisabled(name = "opora.benchmark.reference", stringValue = "false", disableIfMissing = true)
public class IdentificationBenchmarkResource {

    private final BenchmarkRun runs;
    private final CallerResolver callers;

    IdentificationBenchmarkResource(BenchmarkRun runs, CallerResolver callers) {
        this.runs = runs;
        this.callers = callers;
    }

    /** {@code regions}: region codes separated by commas, or {@code all}. */
    @GET
    @Path("/{setId}")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(hidden = true)
    public BenchmarkRun.Timing run(@PathParam("setId") long setId, @QueryParam("regions") String regions) {
        return runs.run(callers.current(), setId, regions == null ? "all" : regions);
    }
}
