package ru.opora.municipality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Муниципалитеты", description = "Муниципальные районы и округа региона")
public class MunicipalityResource {

    private final MunicipalityService municipalities;
    private final CallerResolver callers;

    MunicipalityResource(MunicipalityService municipalities, CallerResolver callers) {
        this.municipalities = municipalities;
        this.callers = callers;
    }

    @GET
    @Path("/{municipalityId}")
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
    @Operation(operationId = "getMunicipality", summary = "Муниципалитет")
    public MunicipalityView get(@PathParam("municipalityId") long municipalityId) {
        return municipalities.get(callers.current(), municipalityId);
    }

    @PUT
    @Path("/{municipalityId}")
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "updateMunicipality", summary = "Изменить муниципалитет (с проверкой версии)")
    public MunicipalityView update(@PathParam("municipalityId") long municipalityId,
                                   @NotNull @Valid MunicipalityUpdate body) {
        return municipalities.update(callers.current(), municipalityId, body);
    }
}
