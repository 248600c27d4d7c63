package ru.opora.municipality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/regions/{regionId}/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Муниципалитеты", description = "Муниципальные районы и округа региона")
public class RegionMunicipalityResource {

    private final MunicipalityService municipalities;
    private final CallerResolver callers;

    RegionMunicipalityResource(MunicipalityService municipalities, CallerResolver callers) {
        this.municipalities = municipalities;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
    @Operation(operationId = "listMunicipalities",
            summary = "Муниципалитеты региона (министерство — все, остальные — свой)")
    public List<MunicipalityView> list(@PathParam("regionId") long regionId) {
        return municipalities.list(callers.current(), regionId);
    }

    @POST
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "createMunicipality", summary = "Добавить муниципалитет в регион")
    @APIResponse(responseCode = "201", description = "Создан",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MunicipalityView.class)))
    public RestResponse<MunicipalityView> create(@PathParam("regionId") long regionId,
                                                 @NotNull @Valid MunicipalityInput body, UriInfo uri) {
        MunicipalityView created = municipalities.create(callers.current(), regionId, body);
        return RestResponse.ResponseBuilder.<MunicipalityView>created(
                uri.getBaseUriBuilder().path("api/v1/municipalities/{id}").build(created.id())).entity(created).build();
    }
}
