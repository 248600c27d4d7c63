package ru.opora.region;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Регионы", description = "Субъекты РФ")
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
public class RegionResource {

    private final RegionService regions;
    private final CallerResolver callers;

    RegionResource(RegionService regions, CallerResolver callers) {
        this.regions = regions;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listRegions", summary = "Регионы, доступные вызывающему (свой регион)")
    public List<RegionView> list() {
        return regions.list(callers.current());
    }

    @GET
    @Path("/{regionId}")
    @Operation(operationId = "getRegion", summary = "Регион с числом муниципалитетов и школ")
    public RegionView get(@PathParam("regionId") long regionId) {
        return regions.get(callers.current(), regionId);
    }
}
