package ru.opora.me;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.opora.security.Roles;

/**
 * The benchmark's yardstick: the same token check as every endpoint and a fixed small JSON, nothing else. The
 * benchmark compares the API's reads with it («reads at framework speed»). It exists only when the backend is
 * started with {@code -Dopora.benchmark.reference=true} (only the benchmark stack does that); otherwise the path
 * is unknown (404), and it is never part of the contract.
 */
@Path("/api/v1/benchmark-reference")
@Produces(MediaType.APPLICATION_JSON)
@EndpointDisabled(name = "opora.benchmark.reference", stringValue = "false", disableIfMissing = true)
public class ReferenceResource {

    /** The fixed answer. */
    public record Reference(String status, int version) {
    }

    private static final Reference REFERENCE = new Reference("ok", 1);

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
    @Operation(hidden = true)
    public Reference reference() {
        return REFERENCE;
    }
}
